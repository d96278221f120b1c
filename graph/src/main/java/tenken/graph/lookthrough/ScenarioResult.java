package tenken.graph.lookthrough;

import java.util.List;
import tenken.graph.network.InputCycle;

/**
 * A scenario's effect on one consumer: the loss of every item, most lost first, the cycles not followed, and
 * the aggregates holding a cut country that the upper end of each loss range cuts too.
 */
public record ScenarioResult(String consumer, Cut cut, List<ItemLoss> losses, List<InputCycle> cycles,
        java.util.Set<String> aggregatesInRange) {

    public ScenarioResult {
        losses = List.copyOf(losses);
        cycles = List.copyOf(cycles);
        aggregatesInRange = java.util.Set.copyOf(new java.util.TreeSet<>(aggregatesInRange));
    }

    public ScenarioResult(String consumer, Cut cut, List<ItemLoss> losses, List<InputCycle> cycles) {
        this(consumer, cut, losses, cycles, java.util.Set.of());
    }
}
