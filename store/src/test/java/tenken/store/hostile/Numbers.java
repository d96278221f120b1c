package tenken.store.hostile;

import java.math.BigDecimal;

/** Spellings of shares and years: every accepted form of issue 10's plain decimals, and the refused ones. */
public final class Numbers {

    private Numbers() {
    }

    /** A share of {@code cents} hundredths, spelled in one of the accepted ways. */
    public static String share(Choices choices, int cents) {
        BigDecimal value = BigDecimal.valueOf(cents, 2);
        String plain = value.stripTrailingZeros().toPlainString();
        String spelled = switch (choices.below(5)) {
            case 1 -> value.toPlainString();                                   // 0.50, 1.00
            case 2 -> cents < 100 ? value.toPlainString().substring(1) : "1";  // .50
            case 3 -> " " + plain + " ";
            case 4 -> plain.contains(".") ? plain + "0" : plain + ".0";  // a trailing zero
            default -> plain;
        };
        return choices.oneIn(4) ? Names.fullWidth(spelled) : spelled;
    }

    /** A share that must be refused: not a plain decimal, or outside 0..1. */
    public static String hostileShare(Choices choices) {
        return choices.of("0x1p-1", "0.5d", "0.5f", "0.5F", "NaN", "Infinity", "-Infinity", "1e-1", "5E-1", "٠٫٥", "٠.٥",
                "0,5", "1.5", "1.01", "-0.1", "+0.5", "0.5%", "０．５ｄ", "½", "0..5", ".", "", "1.0000001", "2");
    }

    public static String year(Choices choices, int year) {
        String plain = String.valueOf(year);
        return switch (choices.below(4)) {
            case 1 -> Names.fullWidth(plain);
            case 2 -> " " + plain;
            default -> plain;
        };
    }

    public static String hostileYear(Choices choices) {
        return choices.of("٢٠٣٠", "२०२४", "1899", "2101", "2024.0", "2O24", "0x7E8", "2,024", "", "-2024", "+2024",
                "20 24", "1e3", "99999999999");
    }
}
