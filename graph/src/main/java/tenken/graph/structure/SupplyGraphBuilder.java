package tenken.graph.structure;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import tenken.graph.concentration.ConcentrationAnalysis;
import tenken.graph.concentration.Level;
import tenken.graph.network.InputGraph;
import tenken.graph.network.Item;
import tenken.graph.network.ShareGroup;
import tenken.graph.network.SupplyData;
import tenken.store.model.SupplyShare;

/** Builds {@link SupplyGraph}s from the supply data, following the same sourcing rules as the look-through. */
public final class SupplyGraphBuilder {

    private final SupplyData data;
    private final InputGraph inputs;
    private final ConcentrationAnalysis concentration;

    public SupplyGraphBuilder(SupplyData data, ConcentrationAnalysis concentration) {
        this.data = data;
        this.inputs = InputGraph.of(data);
        this.concentration = concentration;
    }

    /** {@code consumer}'s supply of one item, looked through. */
    public SupplyGraph lookThrough(String consumer, Item item) {
        return lookThrough(consumer, List.of(item));
    }

    /** {@code consumer}'s supply of every item it has sourcing for, looked through: one graph for an overview. */
    public SupplyGraph lookThrough(String consumer) {
        return lookThrough(consumer, data.items().stream().filter(i -> data.sourcing(consumer, i).isPresent()).toList());
    }

    private SupplyGraph lookThrough(String consumer, Collection<Item> items) {
        Graph<SupplyNode, SupplyEdge> graph = new DefaultDirectedWeightedGraph<>(null, null);
        Set<SupplyNode> targets = new LinkedHashSet<>();
        Set<SupplyNode> origins = new LinkedHashSet<>();
        Deque<SupplyNode> pending = new ArrayDeque<>();
        Set<SupplyNode> expanded = new HashSet<>();
        for (Item item : items) {
            SupplyNode target = SupplyNode.item(consumer, item);
            graph.addVertex(target);
            targets.add(target);
            pending.add(target);
        }
        while (!pending.isEmpty()) {
            SupplyNode node = pending.poll();
            if (!expanded.add(node)) {
                continue;
            }
            Item item = new Item(node.material(), node.stage());
            Optional<ShareGroup> sourcing = data.sourcing(node.iso3(), item);
            if (sourcing.isEmpty()) {
                continue;
            }
            Level level = concentration.of(sourcing.get()).level();
            for (SupplyShare row : sourcing.get().rows()) {
                SupplyNode supplier = SupplyNode.country(row.supplier());
                graph.addVertex(supplier);
                ShareEdge edge = new ShareEdge(supplier, node, row.share(), row.year(), row.source(), level);
                graph.addEdge(supplier, node, edge);
                graph.setEdgeWeight(edge, row.share());
                // Inputs without any data are assumed unaffected: they do not limit, and are not drawn.
                List<Item> known = inputs.followedInputs(item).stream()
                        .filter(input -> data.sourcing(row.supplier(), input).isPresent()).toList();
                if (known.isEmpty()) {
                    origins.add(supplier);
                }
                for (Item input : known) {
                    SupplyNode inputNode = SupplyNode.item(row.supplier(), input);
                    graph.addVertex(inputNode);
                    if (!graph.containsEdge(inputNode, supplier)) {
                        graph.addEdge(inputNode, supplier, new InputEdge(inputNode, supplier));
                    }
                    pending.add(inputNode);
                }
            }
        }
        return new SupplyGraph(graph, consumer, targets, origins);
    }
}
