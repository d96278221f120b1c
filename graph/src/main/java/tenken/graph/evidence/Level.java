package tenken.graph.evidence;

/** How concentrated a supply is, by the top supplier's share against the database's thresholds. */
public enum Level {
    CRITICAL, HIGH, NORMAL;

    /** The level of {@code topShare} with the thresholds {@code level.critical} and {@code level.high}. */
    public static Level of(double topShare, double critical, double high) {
        if (topShare >= critical) {
            return CRITICAL;
        }
        return topShare >= high ? HIGH : NORMAL;
    }

    public String messageKey() {
        return "assessment.level." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
