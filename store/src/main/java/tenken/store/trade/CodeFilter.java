package tenken.store.trade;

import java.util.Collection;
import java.util.List;

/**
 * Which commodity codes some mapping uses. For six-digit HS codes the answer is a table lookup, so that a
 * BACI year (ten million rows) can be filtered without building a string per row.
 */
public final class CodeFilter {

    private static final int HS6_CODES = 1_000_000;

    private final List<String> prefixes;
    private final boolean[] hs6;

    public CodeFilter(Collection<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
        this.hs6 = new boolean[HS6_CODES];
        for (String prefix : this.prefixes) {
            if (prefix.length() <= 6) {
                // A prefix of n digits covers the codes prefix × 10^(6−n) up to the next prefix.
                int scale = (int) Math.pow(10, 6 - prefix.length());
                int first = Integer.parseInt(prefix) * scale;
                java.util.Arrays.fill(hs6, first, first + scale, true);
            }
        }
    }

    /** True when the six-digit HS code {@code code} (0 to 999999) is covered by some mapping. */
    public boolean keepsHs6(int code) {
        return code >= 0 && code < HS6_CODES && hs6[code];
    }

    public boolean keeps(String code) {
        for (String prefix : prefixes) {
            if (code.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The six-digit code as written in a classification: leading zeros kept ({@code 10121} → {@code 010121}). */
    public static String hs6Text(int code) {
        String digits = Integer.toString(code);
        return "000000".substring(digits.length()) + digits;
    }
}
