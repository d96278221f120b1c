package tenken.graph.structure;

import java.util.Set;
import org.jgrapht.Graph;

/**
 * A consumer's supply as a JGraphT graph, looked through all tiers: supplier countries → the consumer's
 * item nodes (share edges); each supplier's input item nodes → the supplier (input edges); and their
 * suppliers in turn, sourced by own shares, else world shares. A supplier whose inputs have no data
 * (or whose item has no inputs) is an {@code origin}: supply starts there.
 *
 * @param consumer the country whose supply this is (or {@code WLD})
 * @param targets the consumer's item nodes the graph was built for
 * @param origins the countries where supply starts
 */
public record SupplyGraph(Graph<SupplyNode, SupplyEdge> graph, String consumer, Set<SupplyNode> targets,
        Set<SupplyNode> origins) {

    public SupplyGraph {
        targets = Set.copyOf(targets);
        origins = Set.copyOf(origins);
    }
}
