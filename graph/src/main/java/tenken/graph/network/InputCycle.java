package tenken.graph.network;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A cycle in the input relations, such as an item that needs itself or two items that need each other:
 * {@code items} in the order of the cycle, each made from the next, the last from the first.
 */
public record InputCycle(List<Item> items) {

    public InputCycle {
        items = List.copyOf(items);
    }

    /** {@code a/s ← b/s ← a/s}: each item is made from the one after the arrow. */
    @Override
    public String toString() {
        return Stream.concat(items.stream(), Stream.of(items.get(0))).map(Item::toString)
                .collect(Collectors.joining(" ← "));
    }
}
