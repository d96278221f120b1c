package tenken.views.common;

import tenken.assets.Messages;
import tenken.graph.concentration.Level;

/**
 * How a level is shown in controls: its name, a style class (colour) and an icon, so that a level reads
 * by its shape too, not by colour alone. A null level means "no share data".
 */
public final class Levels {

    private Levels() {
    }

    public static String name(Level level) {
        return level == null ? Messages.get("level.none") : Messages.get("level." + level.key());
    }

    public static String styleClass(Level level) {
        return level == null ? "level-insufficient" : "level-" + level.key();
    }

    /** Octagon for critical, triangle for high, circle with tick for normal, question mark otherwise. */
    public static String icon(Level level) {
        if (level == null) {
            return "mdi2m-minus-circle-outline";
        }
        return switch (level) {
            case CRITICAL -> "mdi2a-alert-octagon";
            case HIGH -> "mdi2a-alert";
            case NORMAL -> "mdi2c-check-circle-outline";
            case INSUFFICIENT -> "mdi2h-help-circle-outline";
        };
    }

    /** Sort rank: critical 0 … insufficient 3, no data 4. */
    public static int rank(Level level) {
        return level == null ? Level.values().length : level.ordinal();
    }
}
