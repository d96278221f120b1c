package tenken.views.common;

import java.text.NumberFormat;
import tenken.assets.Messages;

/** Number formats of the session language. */
public final class Formats {

    private Formats() {
    }

    /** A share as a percentage with one decimal, e.g. 98.4%. */
    public static String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(Messages.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    public static String number(double value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.locale());
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }
}
