package tenken.views.picture;

import java.text.NumberFormat;
import tenken.assets.Messages;

/** Shares as percentages in the session language, as pictures print them. */
public final class Percent {

    private Percent() {
    }

    /** 0.984 → "98.4%"; whole percentages without decimals (0.8 → "80%"). */
    public static String of(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(Messages.locale());
        double percent = share * 100;
        boolean whole = Math.abs(percent - Math.rint(percent)) < 1e-9;
        format.setMinimumFractionDigits(whole ? 0 : 1);
        format.setMaximumFractionDigits(whole ? 0 : 1);
        return format.format(share);
    }
}
