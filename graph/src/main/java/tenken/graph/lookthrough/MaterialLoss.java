package tenken.graph.lookthrough;

import java.util.Optional;

/**
 * One designated material in a scenario's summary: the item that loses most and how much.
 *
 * @param material the designated material
 * @param worst the item of the material's supply chain that loses most; empty when no item of that chain
 *     has shares — no data, a state of its own, never a loss of 0
 * @param viaInput the worst item is an input (of another family, reached through the input relations):
 *     the material has no shares of its own, so what reaches it is what its inputs lose; false when the
 *     material has no data or is {@link #unaffected()}
 * @param lossUpper the loss when every aggregate holding a cut country (a region such as the EU) is cut
 *     too; equal to {@link #loss()} while the engine reports no ranges
 */
public record MaterialLoss(String material, Optional<ItemLoss> worst, boolean viaInput, double lossUpper) {

    /** The worst item's loss; 0 without data (ask {@link #hasData()} first). */
    public double loss() {
        return worst.map(ItemLoss::loss).orElse(0.0);
    }

    public boolean hasData() {
        return worst.isPresent();
    }

    /** Loses anything worth saying: at least {@link ScenarioSummary#SMALLEST_LOSS}. */
    public boolean affected() {
        return hasData() && loss() >= ScenarioSummary.SMALLEST_LOSS;
    }

    /**
     * Has data and loses nothing, not even at the upper end of a range: no item "loses most" of it, so every
     * output says "not affected" and names none (nor an input it would come through).
     */
    public boolean unaffected() {
        return hasData() && loss() < ScenarioSummary.SMALLEST_LOSS && lossUpper < ScenarioSummary.SMALLEST_LOSS;
    }
}
