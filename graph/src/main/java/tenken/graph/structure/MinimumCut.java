package tenken.graph.structure;

import java.util.List;

/**
 * The fewest countries whose removal cuts the consumer off entirely.
 *
 * @param possible false when no set of named countries will do: the consumer itself or an aggregate
 *     (ROW) is an origin with a path of its own to the consumer
 * @param countries one smallest such set (empty when impossible, or when no supply path is known at all)
 */
public record MinimumCut(boolean possible, List<String> countries) {

    public MinimumCut {
        countries = List.copyOf(countries);
    }

    public int size() {
        return countries.size();
    }
}
