package tenken.graph.concentration;

/**
 * A consumer whose own sourcing of an item has Japan as its top supplier: its dependence on Japan.
 *
 * @param consumer the consumer's ISO3 code (never Japan itself, never an aggregate)
 * @param share Japan's share of that consumer's supply
 * @param year the year of the consumer's shares
 * @param source the citation of Japan's share in them
 */
public record Dependent(String consumer, double share, int year, String source) {
}
