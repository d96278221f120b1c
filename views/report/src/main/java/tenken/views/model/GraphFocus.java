package tenken.views.model;

import tenken.graph.network.Item;

/**
 * A request to show an item on the chokepoint graph of world production with one country focused, as the
 * strengths screen asks for Japan.
 *
 * @param share the country's share of the item, so that the graph's share filter can let its edge through
 */
public record GraphFocus(Item item, String country, double share) {
}
