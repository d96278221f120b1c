package tenken.graph.concentration;

import tenken.graph.network.Item;

/**
 * An item of which Japan holds a large share of world supply: an indispensability to protect (the
 * technology-leakage measures), not a dependency.
 *
 * @param share Japan's share of world supply
 * @param rank Japan's place among the named suppliers (1 = the largest)
 * @param level how concentrated the world is on Japan, {@link Level#HIGH} or {@link Level#CRITICAL}
 */
public record Leverage(Item item, int year, double share, int rank, Level level) {
}
