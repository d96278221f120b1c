package tenken.graph.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.MaskSubgraph;
import tenken.graph.network.SupplyData;

/**
 * Structural chokepoints of a {@link SupplyGraph} built for one item. The graph is read as reachability:
 * supply flows from the origins along the edges to the consumer's item node. That ignores fixed
 * proportions (a producer needs <em>every</em> input), so what these methods find is sound but not
 * exhaustive: a country they name really does stand on every path, and removing the cut they give
 * really does cut the consumer off, but a smaller cut may exist through a single input; the scenario
 * sweep, which does respect fixed proportions, finds such single-country cuts by their loss of 1.
 *
 * <ul>
 *   <li><b>Articulation points and bridges</b>: JGraphT's {@link BiconnectivityInspector} on the
 *       undirected view of the graph, with a virtual source joined to every origin; a cut point or bridge
 *       is kept when removing it disconnects the source from the consumer. Undirected, so a country found
 *       is on every path whichever way edges point.
 *   <li><b>Minimum cut</b>: Menger's theorem. Every node is split into in → out; the arc of a removable
 *       country (any country but the consumer and aggregates such as ROW) has capacity 1, every other arc
 *       an effectively infinite capacity; a virtual source feeds the origins. The maximum flow (JGraphT's
 *       {@link EdmondsKarpMFImpl}, Edmonds and Karp 1972) from the source to the consumer's item node is
 *       the minimum number of countries to remove; the countries whose arcs cross the minimum cut are one
 *       such set.
 *   <li><b>Betweenness</b>: JGraphT's {@link BetweennessCentrality} (Brandes 2001), normalised, on the
 *       directed graph with unit edge lengths (shares are not distances).
 * </ul>
 *
 * <p>References:
 * <ul>
 *   <li>Jack Edmonds and Richard M. Karp, "Theoretical improvements in algorithmic efficiency for network
 *       flow problems", <i>Journal of the ACM</i> 19(2), 248–264, 1972, doi:10.1145/321694.321699.
 *   <li>Ulrik Brandes, "A faster algorithm for betweenness centrality", <i>Journal of Mathematical
 *       Sociology</i> 25(2), 163–177, 2001, doi:10.1080/0022250X.2001.9990249.
 *   <li>John Hopcroft and Robert Tarjan, "Algorithm 447: efficient algorithms for graph manipulation",
 *       <i>Communications of the ACM</i> 16(6), 372–378, 1973, doi:10.1145/362248.362272 (the
 *       articulation points and bridges of {@link BiconnectivityInspector}).
 * </ul>
 */
public final class StructuralAnalysis {

    /** The virtual source joined to every origin. */
    private static final Object SOURCE = new Object() {
        @Override
        public String toString() {
            return "source";
        }
    };

    private final SupplyData data;

    public StructuralAnalysis(SupplyData data) {
        this.data = data;
    }

    /** Analyses a graph built for a single item. */
    public StructuralReport analyse(SupplyGraph supply) {
        if (supply.targets().size() != 1) {
            throw new IllegalArgumentException("Structural analysis needs a graph of one item, not "
                    + supply.targets().size());
        }
        SupplyNode target = supply.targets().iterator().next();
        Graph<Object, Object> flow = withSource(supply);
        return new StructuralReport(target, articulationPoints(flow, supply, target), bridges(flow, target),
                minimumCut(flow, supply, target), betweenness(supply));
    }

    /** The supply graph with {@link #SOURCE} and an arc from it to every origin. */
    private static Graph<Object, Object> withSource(SupplyGraph supply) {
        Graph<Object, Object> flow = new DefaultDirectedGraph<>(null, null, false);
        supply.graph().vertexSet().forEach(flow::addVertex);
        supply.graph().edgeSet().forEach(e -> flow.addEdge(e.from(), e.to(), e));
        flow.addVertex(SOURCE);
        supply.origins().forEach(origin -> flow.addEdge(SOURCE, origin, List.of(SOURCE, origin)));
        return flow;
    }

    private static boolean connected(Graph<Object, Object> undirected, SupplyNode target, Object removedVertex,
            Object removedEdge) {
        Graph<Object, Object> rest = new MaskSubgraph<>(undirected, v -> v == removedVertex, e -> e == removedEdge);
        return new ConnectivityInspector<>(rest).pathExists(SOURCE, target);
    }

    private List<String> articulationPoints(Graph<Object, Object> flow, SupplyGraph supply, SupplyNode target) {
        Graph<Object, Object> undirected = new AsUndirectedGraph<>(flow);
        if (!connected(undirected, target, null, null)) {
            return List.of();
        }
        return new BiconnectivityInspector<>(undirected).getCutpoints().stream()
                .filter(v -> v instanceof SupplyNode node && node.isCountry()
                        && !node.iso3().equals(supply.consumer()))
                .filter(v -> !connected(undirected, target, v, null))
                .map(v -> ((SupplyNode) v).iso3())
                .sorted()
                .toList();
    }

    private static List<SupplyEdge> bridges(Graph<Object, Object> flow, SupplyNode target) {
        Graph<Object, Object> undirected = new AsUndirectedGraph<>(flow);
        if (!connected(undirected, target, null, null)) {
            return List.of();
        }
        return new BiconnectivityInspector<>(undirected).getBridges().stream()
                .filter(e -> e instanceof SupplyEdge)
                .filter(e -> !connected(undirected, target, null, e))
                .map(SupplyEdge.class::cast)
                .sorted(Comparator.comparing((SupplyEdge e) -> e.from().id()).thenComparing(e -> e.to().id()))
                .toList();
    }

    private MinimumCut minimumCut(Graph<Object, Object> flow, SupplyGraph supply, SupplyNode target) {
        record Half(Object node, boolean out) {
        }
        // More than all removable countries together: an arc no set of countries can cut.
        double infinite = flow.vertexSet().size() + 1.0;
        Graph<Object, DefaultWeightedEdge> split = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (Object v : flow.vertexSet()) {
            Half in = new Half(v, false);
            Half out = new Half(v, true);
            split.addVertex(in);
            split.addVertex(out);
            split.setEdgeWeight(split.addEdge(in, out), removable(v, supply.consumer()) ? 1 : infinite);
        }
        for (Object e : flow.edgeSet()) {
            split.setEdgeWeight(split.addEdge(new Half(flow.getEdgeSource(e), true),
                    new Half(flow.getEdgeTarget(e), false)), infinite);
        }
        EdmondsKarpMFImpl<Object, DefaultWeightedEdge> maxFlow = new EdmondsKarpMFImpl<>(split);
        double value = maxFlow.calculateMinCut(new Half(SOURCE, false), new Half(target, false));
        if (value >= infinite) {
            return new MinimumCut(false, List.of());
        }
        Set<Object> sourceSide = maxFlow.getSourcePartition();
        List<String> countries = new ArrayList<>();
        for (Object v : flow.vertexSet()) {
            if (sourceSide.contains(new Half(v, false)) && !sourceSide.contains(new Half(v, true))) {
                countries.add(((SupplyNode) v).iso3());
            }
        }
        countries.sort(Comparator.naturalOrder());
        return new MinimumCut(true, countries);
    }

    private boolean removable(Object v, String consumer) {
        return v instanceof SupplyNode node && node.isCountry() && !node.iso3().equals(consumer)
                && !data.isAggregate(node.iso3());
    }

    private static List<CountryScore> betweenness(SupplyGraph supply) {
        Map<SupplyNode, Double> scores = new BetweennessCentrality<>(new AsUnweightedGraph<>(supply.graph()), true)
                .getScores();
        return scores.entrySet().stream()
                .filter(e -> e.getKey().isCountry())
                .map(e -> new CountryScore(e.getKey().iso3(), e.getValue()))
                .sorted(Comparator.comparingDouble(CountryScore::score).reversed()
                        .thenComparing(CountryScore::country))
                .toList();
    }
}
