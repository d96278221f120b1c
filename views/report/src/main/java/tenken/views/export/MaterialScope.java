package tenken.views.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tenken.assets.Messages;
import tenken.views.picture.SupplyNetwork;

/**
 * The part of the chokepoint network that concerns one material: its items (optionally of one stage),
 * every item upstream of them through input relations, the countries that supply any of these, and the
 * edges between them. The footnote's sources and data vintage are those of the edges kept.
 */
final class MaterialScope {

    private MaterialScope() {
    }

    /** {@code family}: the material's key and its items' keys. */
    static SupplyNetwork of(SupplyNetwork network, Set<String> family, Optional<String> stage) {
        Set<String> kept = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        for (SupplyNetwork.Node node : network.nodes()) {
            if (node.kind() == SupplyNetwork.Kind.ITEM && family.contains(node.materialKey())
                    && stage.map(node.stageKey()::equals).orElse(true)) {
                pending.add(node.id());
            }
        }
        while (!pending.isEmpty()) {
            String id = pending.poll();
            if (kept.add(id)) {
                network.edges().stream()
                        .filter(edge -> edge.kind() == SupplyNetwork.EdgeKind.INPUT && edge.to().equals(id))
                        .forEach(edge -> pending.add(edge.from()));
            }
        }
        List<SupplyNetwork.Edge> edges = new ArrayList<>();
        Set<String> suppliers = new HashSet<>();
        Set<String> sources = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (SupplyNetwork.Edge edge : network.edges()) {
            if (!kept.contains(edge.to())) {
                continue;
            }
            if (edge.kind() == SupplyNetwork.EdgeKind.SUPPLY) {
                edges.add(edge);
                suppliers.add(edge.from());
                sources.add(edge.source());
                years.add(edge.year());
            } else if (kept.contains(edge.from())) {
                edges.add(edge);
            }
        }
        List<SupplyNetwork.Node> nodes = network.nodes().stream()
                .filter(node -> kept.contains(node.id()) || suppliers.contains(node.id()))
                .toList();
        return new SupplyNetwork(nodes, edges, network.consumer(), vintage(years), List.copyOf(sources),
                network.criticalShare(), network.highShare(), SupplyNetwork.worldStandsIn(nodes));
    }

    /** As the chokepoint screen writes it: one year, or the first and last. */
    private static String vintage(TreeSet<Integer> years) {
        if (years.isEmpty()) {
            return Messages.get("common.notGiven");
        }
        return years.size() == 1 ? String.valueOf(years.first())
                : Messages.get("common.yearRange", String.valueOf(years.first()), String.valueOf(years.last()));
    }
}
