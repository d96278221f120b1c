package tenken.views.common;

import java.text.NumberFormat;
import tenken.assets.Messages;

/** Number formats of the session language. */
public final class Formats {

    private Formats() {
    }

    public static String number(double value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.locale());
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }
}
