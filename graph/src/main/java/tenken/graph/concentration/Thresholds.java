package tenken.graph.concentration;

import tenken.store.model.Catalogue;

/**
 * The top-supplier shares at which a supply is {@link Level#CRITICAL} and {@link Level#HIGH}: the
 * settings {@code level.critical} and {@code level.high} stored in the database, so that analysts can
 * change them.
 */
public record Thresholds(double critical, double high) {

    public static final String CRITICAL_KEY = "level.critical";
    public static final String HIGH_KEY = "level.high";
    /** The values the schema ships with, used when a setting is absent. */
    public static final Thresholds SHIPPED = new Thresholds(0.8, 0.5);

    /**
     * Named countries must account for at least this share of a supply for a level to be given: below it
     * the unnamed rest (ROW) or missing data could hide a larger supplier.
     */
    public static final double MINIMUM_NAMED_SHARE = 0.5;

    /**
     * Shares are summed from stored decimals, so 0.3 + 0.2 may come out a hair under 0.5; comparisons
     * against a threshold allow this much.
     */
    public static final double TOLERANCE = 1e-9;

    public Thresholds {
        if (!(high > 0 && high <= critical && critical <= 1)) {
            throw new IllegalArgumentException("Thresholds must satisfy 0 < high <= critical <= 1: high=" + high
                    + ", critical=" + critical);
        }
    }

    public static Thresholds from(Catalogue catalogue) {
        return new Thresholds(catalogue.setting(CRITICAL_KEY, SHIPPED.critical()),
                catalogue.setting(HIGH_KEY, SHIPPED.high()));
    }

    /** {@code share ≥ threshold}, allowing {@link #TOLERANCE} for rounding. */
    static boolean reaches(double share, double threshold) {
        return share >= threshold - TOLERANCE;
    }

    /** The level of a share held by one country, by these thresholds: critical, high or normal. */
    public Level levelOf(double share) {
        if (reaches(share, critical)) {
            return Level.CRITICAL;
        }
        return reaches(share, high) ? Level.HIGH : Level.NORMAL;
    }
}
