package tenken.graph.lookthrough;

import tenken.graph.network.Item;

/**
 * How much one country's cut hurts a consumer, over all the items of the sweep.
 *
 * @param meanLoss the average loss over the items
 * @param worstLoss the largest loss of any item
 * @param worstItem the item with that loss
 */
public record CountryImpact(String country, double meanLoss, double worstLoss, Item worstItem) {
}
