package tenken.views.picture;

import java.util.Set;
import tenken.graph.concentration.Level;

/**
 * What the chokepoint graph shows: items of {@code stages} (empty: all), supply edges of at least
 * {@code minimumLevel} (INSUFFICIENT: all) and at least {@code minimumShare} (0..1).
 */
public record GraphFilter(Set<String> stages, Level minimumLevel, double minimumShare) {

    public static final GraphFilter NONE = new GraphFilter(Set.of(), Level.INSUFFICIENT, 0);

    public GraphFilter {
        stages = Set.copyOf(stages);
    }

    /**
     * True when {@code level} is at least as severe as {@code minimum}, in the order critical, high,
     * normal, insufficient (insufficient lets everything through).
     */
    public static boolean atLeast(Level level, Level minimum) {
        return level.ordinal() <= minimum.ordinal();
    }

    public boolean isEmpty() {
        return stages.isEmpty() && minimumLevel == Level.INSUFFICIENT && minimumShare <= 0;
    }
}
