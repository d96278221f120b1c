package tenken.graph.structure;

/**
 * An edge of a {@link SupplyGraph}. Edges carry their ends so that two edges with the same attributes
 * stay distinct in the graph.
 */
public sealed interface SupplyEdge permits ShareEdge, InputEdge {

    SupplyNode from();

    SupplyNode to();
}
