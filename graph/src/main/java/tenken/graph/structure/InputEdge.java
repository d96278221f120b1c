package tenken.graph.structure;

/** A country's supply of an input item feeds its production: from the item node to the country node. */
public record InputEdge(SupplyNode from, SupplyNode to) implements SupplyEdge {
}
