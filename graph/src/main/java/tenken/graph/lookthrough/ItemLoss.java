package tenken.graph.lookthrough;

import java.util.Comparator;
import java.util.List;
import tenken.graph.network.Item;

/**
 * What a cut does to one consumer's supply of one item.
 *
 * @param faceValue the direct shares of the cut countries in the consumer's sourcing (its own supply to
 *     itself left out), whatever the fraction cut: what the cut seems to be worth before looking through
 * @param loss surviving₀(consumer, item) − surviving(consumer, item): the part of the supply missing
 *     because of the cut, inputs included, relative to the consumer's whole supply; supply the data do
 *     not list is assumed unaffected (see {@link LookThroughNetwork})
 * @param coverage the sum of the consumer's listed shares (ROW included); below 1 the data are thin and
 *     the loss can only reach the listed part
 * @param worldFallback the consumer has no shares of its own for the item; its world shares stand in
 * @param lossUpper the loss when the aggregates that hold a cut country (China and India together, the EU) are
 *     cut too: a source that reports the aggregate cannot say how much of it the cut country is, so
 *     {@code loss} (the aggregate unaffected) and {@code lossUpper} bound the range; equal when no aggregate
 *     with a cut member is in the data
 * @param insufficientData somewhere in the look-through a supplier had no shares for an input (assumed
 *     unaffected) or an input was left out because it closes a cycle
 */
public record ItemLoss(
        Item item,
        String consumer,
        double faceValue,
        double loss,
        double coverage,
        boolean worldFallback,
        boolean insufficientData,
        double lossUpper) {

    /** A loss with no aggregate in reach: the range is one value. */
    public ItemLoss(Item item, String consumer, double faceValue, double loss, double coverage, boolean worldFallback,
            boolean insufficientData) {
        this(item, consumer, faceValue, loss, coverage, worldFallback, insufficientData, loss);
    }

    /** True when an aggregate holding a cut country makes the loss a range. */
    public boolean isRange() {
        return lossUpper != loss;
    }

    /** Most lost first; ties keep their order. */
    static List<ItemLoss> ranked(List<ItemLoss> losses) {
        return losses.stream().sorted(Comparator.comparingDouble(ItemLoss::loss).reversed()).toList();
    }
}
