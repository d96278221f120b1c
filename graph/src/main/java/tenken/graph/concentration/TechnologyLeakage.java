package tenken.graph.concentration;

import java.util.List;
import java.util.Optional;
import tenken.graph.network.Item;
import tenken.graph.network.SupplyData;

/**
 * The five specified critical materials for which the act's 2024 revision made technology-leakage measures a
 * condition of certifying supply-assurance plans, because Japan holds an advantage in them (seed documents
 * 001 and 004): 工作機械・産業用ロボット, 航空機の部品, 半導体, 蓄電池, 先端電子部品. An item belongs to them
 * when one of these is the item's material or an ancestor of it.
 */
public final class TechnologyLeakage {

    /** The catalogue keys of the five, in the catalogue's order. */
    public static final List<String> MATERIALS = List.of(
            "machine tools and industrial robots",
            "aircraft parts",
            "semiconductors",
            "storage batteries",
            "advanced electronic components");

    private TechnologyLeakage() {
    }

    /** The one of the five that {@code item} belongs to, if any. */
    public static Optional<String> materialOf(SupplyData data, Item item) {
        return data.lineage(item.material()).stream().filter(MATERIALS::contains).findFirst();
    }

    public static boolean covers(SupplyData data, Item item) {
        return materialOf(data, item).isPresent();
    }
}
