package tenken.graph.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The input relations as a directed graph (an edge runs from an input to the item made from it), with
 * its cycles found and set aside so that the look-through never loops.
 *
 * <p>Method: the strongly connected components (Kosaraju) of the graph. A component of more than one
 * item, or an item that is its own input, is a cycle. Input relations <em>inside</em> such a component
 * are not followed: the look-through treats those inputs as having no data (unaffected, and the result
 * marked as insufficient), and each cycle is reported, named by one of its shortest cycles. What is left
 * is acyclic, and is walked inputs-first in topological order.
 */
public final class InputGraph {

    private final List<InputCycle> cycles;
    private final Map<Item, List<Item>> followedInputs;
    private final Map<Item, Boolean> hasDroppedInput;
    private final List<Item> inputsFirst;

    private InputGraph(List<InputCycle> cycles, Map<Item, List<Item>> followedInputs,
            Map<Item, Boolean> hasDroppedInput, List<Item> inputsFirst) {
        this.cycles = cycles;
        this.followedInputs = followedInputs;
        this.hasDroppedInput = hasDroppedInput;
        this.inputsFirst = inputsFirst;
    }

    public static InputGraph of(SupplyData data) {
        List<Item> items = data.items();
        Graph<Item, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        items.forEach(graph::addVertex);
        for (Item item : items) {
            for (Item input : data.inputsOf(item)) {
                graph.addEdge(input, item);
            }
        }

        Comparator<Item> order = itemOrder(items);
        Map<Item, Integer> component = new HashMap<>();
        List<InputCycle> cycles = new ArrayList<>();
        List<Set<Item>> components = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        for (int c = 0; c < components.size(); c++) {
            Set<Item> members = components.get(c);
            for (Item item : members) {
                component.put(item, c);
            }
            Item first = members.stream().min(order).orElseThrow();
            if (members.size() > 1 || graph.containsEdge(first, first)) {
                cycles.add(shortestCycleThrough(first, new AsSubgraph<>(graph, members)));
            }
        }
        cycles.sort(Comparator.comparing(cycle -> cycle.items().get(0), order));

        Map<Item, List<Item>> followed = new HashMap<>();
        Map<Item, Boolean> dropped = new HashMap<>();
        Graph<Item, DefaultEdge> acyclic = new DefaultDirectedGraph<>(DefaultEdge.class);
        items.forEach(acyclic::addVertex);
        for (Item item : items) {
            List<Item> kept = data.inputsOf(item).stream()
                    .filter(input -> !component.get(input).equals(component.get(item)))
                    .toList();
            followed.put(item, kept);
            dropped.put(item, kept.size() < data.inputsOf(item).size());
            kept.forEach(input -> acyclic.addEdge(input, item));
        }
        List<Item> inputsFirst = new ArrayList<>(items.size());
        new TopologicalOrderIterator<>(acyclic, order).forEachRemaining(inputsFirst::add);
        return new InputGraph(List.copyOf(cycles), followed, dropped, List.copyOf(inputsFirst));
    }

    private static Comparator<Item> itemOrder(List<Item> items) {
        Map<Item, Integer> rank = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            rank.put(items.get(i), i);
        }
        return Comparator.comparing(rank::get);
    }

    /** The shortest way from an input of {@code start} back round to {@code start}, inside its component. */
    private static InputCycle shortestCycleThrough(Item start, Graph<Item, DefaultEdge> component) {
        if (component.containsEdge(start, start)) {
            return new InputCycle(List.of(start));
        }
        BFSShortestPath<Item, DefaultEdge> bfs = new BFSShortestPath<>(component);
        GraphPath<Item, DefaultEdge> shortest = null;
        // Edges run input → product, so walking them from start reaches what start goes into; the
        // cycle is reported in the other direction, each item followed by its input.
        for (DefaultEdge out : component.outgoingEdgesOf(start)) {
            GraphPath<Item, DefaultEdge> back = bfs.getPath(component.getEdgeTarget(out), start);
            if (back != null && (shortest == null || back.getLength() < shortest.getLength())) {
                shortest = back;
            }
        }
        List<Item> forward = new ArrayList<>(shortest.getVertexList());
        forward.remove(forward.size() - 1);
        forward.add(0, start);
        List<Item> reversed = new ArrayList<>();
        reversed.add(start);
        for (int i = forward.size() - 1; i > 0; i--) {
            reversed.add(forward.get(i));
        }
        return new InputCycle(reversed);
    }

    /** The cycles found, each named once, in catalogue order of their first item. */
    public List<InputCycle> cycles() {
        return cycles;
    }

    /** The inputs of {@code item} the look-through follows: all, except those inside a cycle. */
    public List<Item> followedInputs(Item item) {
        return followedInputs.getOrDefault(item, List.of());
    }

    /** True when an input of {@code item} is not followed because it closes a cycle. */
    public boolean hasDroppedInput(Item item) {
        return hasDroppedInput.getOrDefault(item, false);
    }

    /** Every item, each after all the inputs it follows. */
    public List<Item> inputsFirst() {
        return inputsFirst;
    }
}
