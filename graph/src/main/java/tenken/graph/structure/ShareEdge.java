package tenken.graph.structure;

import tenken.graph.concentration.Level;

/**
 * A supplier country delivers to an item node: {@code share} of that consumer's supply of the item, in
 * {@code year}, from {@code source}. {@code level} is the concentration level of the whole group the
 * share belongs to. The graph's edge weight is the share.
 */
public record ShareEdge(SupplyNode from, SupplyNode to, double share, int year, String source, Level level)
        implements SupplyEdge {
}
