package tenken.graph.lookthrough;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tenken.graph.network.Item;
import tenken.graph.network.SupplyData;

/**
 * What one scenario does to each designated material, computed once for the command line and the window.
 *
 * <p>A material's loss is the largest loss among the items of its supply chain: first its own items (those
 * whose parent chain ends at the material); only when none of them has shares, the items it is made from,
 * through all tiers of the input relations ({@code viaInput}). A material whose chain has no shares at all
 * has no data: it is listed as such, after every material with data, never as a loss of 0.
 */
public final class ScenarioSummary {

    /** Losses below this are rounding, not effects. */
    public static final double SMALLEST_LOSS = 1e-6;

    private ScenarioSummary() {
    }

    /**
     * One row per designated material, most lost first; those without data last, in the given order.
     * {@code losses} are a scenario's item losses ({@link ScenarioResult#losses()}), however the cut was made.
     */
    public static List<MaterialLoss> of(List<ItemLoss> losses, SupplyData data, List<String> designatedMaterials) {
        Map<Item, ItemLoss> byItem = new HashMap<>();
        losses.forEach(loss -> byItem.put(loss.item(), loss));
        List<MaterialLoss> rows = new ArrayList<>();
        for (String material : designatedMaterials) {
            List<Item> own = data.items().stream().filter(item -> data.rootMaterial(item.material()).equals(material))
                    .toList();
            Optional<ItemLoss> worstOwn = worst(own, byItem);
            if (worstOwn.isPresent()) {
                rows.add(row(material, worstOwn, false));
            } else {
                rows.add(row(material, worst(upstreamOf(own, data), byItem), true));
            }
        }
        // A stable sort: materials without data keep the given order at the end.
        rows.sort(Comparator.comparing((MaterialLoss row) -> !row.hasData())
                .thenComparing(Comparator.comparingDouble(MaterialLoss::loss).reversed()));
        return List.copyOf(rows);
    }

    /**
     * The material's row. An input carries its loss only where there is one: without data, or losing nothing,
     * no input is named, so no output has to correct the flag.
     */
    private static MaterialLoss row(String material, Optional<ItemLoss> worst, boolean viaInput) {
        MaterialLoss row = new MaterialLoss(material, worst, viaInput && worst.isPresent(), upperBound(worst));
        return row.unaffected() ? new MaterialLoss(material, worst, false, row.lossUpper()) : row;
    }

    /** The worst item's loss with the aggregates that hold a cut country cut too (the engine's range). */
    private static double upperBound(Optional<ItemLoss> worst) {
        return worst.map(ItemLoss::lossUpper).orElse(0.0);
    }

    private static Optional<ItemLoss> worst(List<Item> items, Map<Item, ItemLoss> byItem) {
        return items.stream().map(byItem::get).filter(java.util.Objects::nonNull)
                .max(Comparator.comparingDouble(ItemLoss::loss));
    }

    /** Every item the given ones are made from, through all tiers, not counting the given ones. */
    private static List<Item> upstreamOf(List<Item> items, SupplyData data) {
        Set<Item> seen = new HashSet<>(items);
        Set<Item> upstream = new LinkedHashSet<>();
        List<Item> pending = new ArrayList<>(items);
        while (!pending.isEmpty()) {
            for (Item input : data.inputsOf(pending.remove(pending.size() - 1))) {
                if (seen.add(input)) {
                    upstream.add(input);
                    pending.add(input);
                }
            }
        }
        return List.copyOf(upstream);
    }
}
