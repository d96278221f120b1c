package tenken.views.picture;

/**
 * How concentrated a supply is, as pictures show it: each level has a colour and a second cue (line
 * weight and dash), so that it reads in greyscale and for colour-blind viewers.
 */
public enum Level {
    /** At or above the critical threshold (setting {@code level.critical}): thick solid line. */
    CRITICAL,
    /** At or above the high threshold (setting {@code level.high}): dashed line. */
    HIGH,
    /** Below both thresholds: thin solid line. */
    NORMAL,
    /** Too little data to judge (shares cover too little of the supply): dotted line. */
    INSUFFICIENT;

    /** True when this level is at least as severe as {@code other} (CRITICAL most, INSUFFICIENT least). */
    public boolean atLeast(Level other) {
        return ordinal() <= other.ordinal();
    }

    /** The key of the level's name in the views bundle, e.g. {@code level.critical}. */
    public String messageKey() {
        return "level." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
