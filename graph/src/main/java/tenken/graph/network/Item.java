package tenken.graph.network;

import java.util.Comparator;

/**
 * A node of the look-through: a material at a stage, such as {@code gallium} at {@code refining}. Shares
 * are given per item and consumer; input relations say which items an item is made from.
 */
public record Item(String material, String stage) implements Comparable<Item> {

    private static final Comparator<Item> ORDER = Comparator.comparing(Item::material).thenComparing(Item::stage);

    @Override
    public int compareTo(Item other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return material + "/" + stage;
    }
}
