package tenken.graph.concentration;

import java.util.Locale;

/** How concentrated a supply is, from the top supplier's share; {@link #key()} is the contract's spelling. */
public enum Level {
    /** The top supplier holds at least the {@code level.critical} share (0.8 as shipped). */
    CRITICAL,
    /** The top supplier holds at least the {@code level.high} share (0.5 as shipped). */
    HIGH,
    NORMAL,
    /** Named countries account for under half of the supply, or there are none: no level can be given. */
    INSUFFICIENT;

    /** {@code critical}, {@code high}, {@code normal} or {@code insufficient}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
