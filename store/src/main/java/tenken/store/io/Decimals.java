package tenken.store.io;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How every file Tenken writes prints a number: with the precision of the data, at most six decimals, so
 * that arithmetic's binary noise (0.9100000000000001) never reaches a reader, and never {@code -0}.
 */
public final class Decimals {

    /** Shares are published to a tenth of a percent at best; six decimals keep every stored figure exact. */
    public static final int MAX_DECIMALS = 6;

    private Decimals() {
    }

    /** 0.9100000000000001 → "0.91", 0.3809 → "0.3809", 1.0 → "1", -1e-17 → "0", 25736.0 → "25736". */
    public static String plain(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(MAX_DECIMALS, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
