package tenken.graph.structure;

/** A country's betweenness in a supply graph: the share of shortest supply paths that pass through it. */
public record CountryScore(String country, double score) {
}
