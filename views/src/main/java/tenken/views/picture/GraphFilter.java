package tenken.views.picture;

import java.util.Set;

/**
 * What the chokepoint graph shows: items of {@code stages} (empty: all), supply edges of at least
 * {@code minimumLevel} (INSUFFICIENT: all) and at least {@code minimumShare} (0..1).
 */
public record GraphFilter(Set<String> stages, Level minimumLevel, double minimumShare) {

    public static final GraphFilter NONE = new GraphFilter(Set.of(), Level.INSUFFICIENT, 0);

    public GraphFilter {
        stages = Set.copyOf(stages);
    }

    public boolean isEmpty() {
        return stages.isEmpty() && minimumLevel == Level.INSUFFICIENT && minimumShare <= 0;
    }
}
