package tenken.views.export;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import tenken.graph.network.Item;
import tenken.graph.structure.SupplyEdge;
import tenken.graph.structure.SupplyGraph;
import tenken.graph.structure.SupplyGraphBuilder;
import tenken.graph.structure.SupplyNode;
import tenken.views.common.AnalysisSnapshot;

/** The engine's look-through supply graph of several items, for the graph files. */
final class SupplyGraphs {

    private SupplyGraphs() {
    }

    /** {@code consumer}'s supply of {@code items} (those it has sourcing for), looked through, as one graph. */
    static SupplyGraph of(AnalysisSnapshot analysis, String consumer, Collection<Item> items) {
        SupplyGraphBuilder builder = new SupplyGraphBuilder(analysis.data(), analysis.concentration());
        Graph<SupplyNode, SupplyEdge> union = new DefaultDirectedWeightedGraph<>(null, null);
        Set<SupplyNode> targets = new LinkedHashSet<>();
        Set<SupplyNode> origins = new LinkedHashSet<>();
        for (Item item : items) {
            if (analysis.data().sourcing(consumer, item).isEmpty()) {
                continue;
            }
            SupplyGraph one = builder.lookThrough(consumer, item);
            Graphs.addGraph(union, one.graph());
            // Graphs.addGraph keeps the edges but not their weights, which are the shares.
            one.graph().edgeSet().forEach(edge -> union.setEdgeWeight(edge, one.graph().getEdgeWeight(edge)));
            targets.addAll(one.targets());
            origins.addAll(one.origins());
        }
        return new SupplyGraph(union, consumer, targets, origins);
    }

    static boolean isEmpty(SupplyGraph graph) {
        return graph.graph().edgeSet().isEmpty();
    }
}
