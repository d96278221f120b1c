package tenken.graph.lookthrough;

import java.util.List;
import tenken.graph.network.InputCycle;

/** A scenario's effect on one consumer: the loss of every item, most lost first, and the cycles not followed. */
public record ScenarioResult(String consumer, Cut cut, List<ItemLoss> losses, List<InputCycle> cycles) {

    public ScenarioResult {
        losses = List.copyOf(losses);
        cycles = List.copyOf(cycles);
    }
}
