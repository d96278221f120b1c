package tenken.graph.format;

import java.text.NumberFormat;
import java.util.Locale;
import tenken.assets.Messages;

/**
 * The one way Tenken prints a share as a percentage, on screen, in the command line, in pictures and in
 * the briefing. A share that rounds to zero is "0%", never "-0%": losses are differences of sums, and a
 * difference of equal sums can come out as -1e-17.
 */
public final class Percent {

    private Percent() {
    }

    /** 0.984 → "98.4%"; whole percentages without decimals (0.8 → "80%"), in the session language. */
    public static String of(double share) {
        return of(share, Messages.locale());
    }

    /** 0.984 → "98.4%"; whole percentages without decimals (0.8 → "80%"). */
    public static String of(double share, Locale locale) {
        double percent = share * 100;
        boolean whole = Math.abs(percent - Math.rint(percent)) < 0.05;
        return format(share, locale, whole ? 0 : 1);
    }

    /** Always one decimal, for columns that line up: 0.8 → "80.0%", in the session language. */
    public static String oneDecimal(double share) {
        return oneDecimal(share, Messages.locale());
    }

    /** Always one decimal, for columns that line up: 0.8 → "80.0%". */
    public static String oneDecimal(double share, Locale locale) {
        return format(share, locale, 1);
    }

    private static String format(double share, Locale locale, int decimals) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        // What prints as zero is zero: no sign.
        double smallestShown = 0.5 * Math.pow(10, -decimals) / 100;
        return format.format(Math.abs(share) < smallestShown ? 0.0 : share);
    }
}
