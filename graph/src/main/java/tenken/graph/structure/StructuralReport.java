package tenken.graph.structure;

import java.util.List;

/**
 * The structural chokepoints of one consumer's supply of one item.
 *
 * @param articulationPoints countries each of which alone stands on every supply path to the consumer
 * @param bridges supply relations each of which alone carries every supply path
 * @param minimumCut the fewest countries whose removal cuts the supply off entirely
 * @param betweenness every country of the graph, most between first
 */
public record StructuralReport(
        SupplyNode target,
        List<String> articulationPoints,
        List<SupplyEdge> bridges,
        MinimumCut minimumCut,
        List<CountryScore> betweenness) {

    public StructuralReport {
        articulationPoints = List.copyOf(articulationPoints);
        bridges = List.copyOf(bridges);
        betweenness = List.copyOf(betweenness);
    }
}
