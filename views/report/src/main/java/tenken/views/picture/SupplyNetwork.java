package tenken.views.picture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tenken.graph.concentration.Level;

/**
 * What a graph picture is drawn from: supplier countries and item–stage nodes, with supply edges
 * (country → item, weighted by the country's share for the chosen consumer) and input edges (input
 * item → item). Names, levels, sources and years are already resolved, so that pictures need neither
 * the database nor the analysis, and the same network gives the same picture on screen and in exports.
 *
 * @param consumer the consumer whose shares the supply edges carry, as shown (e.g. 世界生産)
 * @param vintage the data years shown, e.g. {@code 2020–2024}
 * @param sources the distinct sources of the figures, for the footnote
 * @param criticalShare the share from which a supply edge is critical (setting {@code level.critical})
 * @param highShare the share from which a supply edge is high (setting {@code level.high})
 * @param worldStandsIn how many of the graph's items have no shares of the consumer's own, so that world
 *     production stands in for them; a page of a graph carries the whole graph's count
 */
public record SupplyNetwork(List<Node> nodes, List<Edge> edges, String consumer, String vintage, List<String> sources,
        double criticalShare, double highShare, int worldStandsIn) {

    public SupplyNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        sources = List.copyOf(sources);
    }

    public enum Kind {
        COUNTRY,
        ITEM
    }

    public enum EdgeKind {
        SUPPLY,
        INPUT
    }

    /**
     * How far apart {@link Node#orderHint}s of items of different designated materials lie: an item's hint is
     * {@code designated material's catalogue order × GROUP_SPAN + finer order}, so its group is the hint's
     * whole multiples of it.
     */
    public static final double GROUP_SPAN = 1000;

    /**
     * A node. {@code layer} is its column: 0 for countries, then items from upstream to downstream;
     * {@code orderHint} groups nodes within a column (the catalogue order of their material);
     * {@code level} is the worst level of the supply into it; {@code detail} is its tooltip;
     * {@code worldStandsIn} marks an item whose supply edges are world production's, the consumer having no
     * shares of its own for it.
     */
    public record Node(String id, Kind kind, String label, int layer, double orderHint, String materialKey,
            String stageKey, Level level, boolean chokepoint, String detail, boolean worldStandsIn) {

        /** The designated material an item belongs to, as its catalogue order (see {@link #GROUP_SPAN}). */
        public long group() {
            return (long) Math.floor(orderHint / GROUP_SPAN);
        }
    }

    /** An edge; for input edges {@code share} is 1 and {@code level}, year and source those of the input's supply. */
    public record Edge(String from, String to, EdgeKind kind, double share, Level level, int year, String source,
            String detail) {
    }

    /**
     * The part of the network the filter lets through: supply edges at or above the share threshold
     * and the level, items of the chosen stages, input edges between kept items; then only nodes that
     * keep an edge (an item with no edge left stays only while no filter narrows anything).
     */
    public SupplyNetwork filtered(GraphFilter filter) {
        if (filter.isEmpty()) {
            return this;
        }
        Map<String, Node> byId = new HashMap<>();
        nodes.forEach(node -> byId.put(node.id(), node));
        Set<String> keptItems = new HashSet<>();
        for (Node node : nodes) {
            if (node.kind() == Kind.ITEM && (filter.stages().isEmpty() || filter.stages().contains(node.stageKey()))) {
                keptItems.add(node.id());
            }
        }
        List<Edge> keptEdges = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        for (Edge edge : edges) {
            boolean keep = switch (edge.kind()) {
                case SUPPLY -> keptItems.contains(edge.to()) && edge.share() >= filter.minimumShare()
                        && GraphFilter.atLeast(edge.level(), filter.minimumLevel());
                case INPUT -> keptItems.contains(edge.from()) && keptItems.contains(edge.to());
            };
            if (keep) {
                keptEdges.add(edge);
                touched.add(edge.from());
                touched.add(edge.to());
            }
        }
        // Input edges alone do not keep an item that lost all its supply to the level or share filter.
        Set<String> supplied = new HashSet<>();
        keptEdges.stream().filter(e -> e.kind() == EdgeKind.SUPPLY).forEach(e -> supplied.add(e.to()));
        boolean narrowsSupply = filter.minimumShare() > 0 || filter.minimumLevel() != Level.INSUFFICIENT;
        List<Edge> edgesLeft = keptEdges.stream().filter(e -> e.kind() == EdgeKind.SUPPLY || !narrowsSupply
                || supplied.contains(e.from()) && supplied.contains(e.to())).toList();
        Set<String> nodesLeft = new HashSet<>();
        edgesLeft.forEach(e -> {
            nodesLeft.add(e.from());
            nodesLeft.add(e.to());
        });
        List<Node> kept = nodes.stream().filter(n -> nodesLeft.contains(n.id())).toList();
        return new SupplyNetwork(kept, edgesLeft, consumer, vintage, sources, criticalShare, highShare,
                worldStandsIn(kept));
    }

    /** How many of {@code nodes} are items that world production stands in for. */
    public static int worldStandsIn(List<Node> nodes) {
        return (int) nodes.stream().filter(Node::worldStandsIn).count();
    }

    /** The ids of {@code id} and of every node one edge away from it. */
    public Set<String> neighbourhood(String id) {
        Set<String> result = new HashSet<>();
        result.add(id);
        for (Edge edge : edges) {
            if (edge.from().equals(id)) {
                result.add(edge.to());
            } else if (edge.to().equals(id)) {
                result.add(edge.from());
            }
        }
        return result;
    }

    public Node node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }
}
