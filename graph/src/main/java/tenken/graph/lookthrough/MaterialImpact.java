package tenken.graph.lookthrough;

import java.util.List;

/**
 * What a cut does to one (designated) material: the losses of its items, most lost first.
 *
 * @param material the designated material, or a material without a parent
 * @param items the losses of the material and its items at every stage, most lost first
 */
public record MaterialImpact(String material, List<ItemLoss> items) {

    public MaterialImpact {
        items = ItemLoss.ranked(items);
    }

    /** The largest loss among the items. */
    public double worstLoss() {
        return items.get(0).loss();
    }
}
