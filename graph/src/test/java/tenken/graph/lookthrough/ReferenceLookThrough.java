package tenken.graph.lookthrough;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tenken.graph.network.InputGraph;
import tenken.graph.network.Item;
import tenken.graph.network.ShareGroup;
import tenken.graph.network.SupplyData;
import tenken.store.model.SupplyShare;

/**
 * The look-through formula written literally, as a memoised recursion keyed by (country, item), with no
 * compilation or shared columns: the oracle the fast {@link LookThroughNetwork} is checked against.
 */
final class ReferenceLookThrough {

    private final SupplyData data;
    private final InputGraph inputs;
    private final Cut cut;
    private final Map<String, Double> memo = new HashMap<>();

    ReferenceLookThrough(SupplyData data, Cut cut) {
        this.data = data;
        this.inputs = InputGraph.of(data);
        this.cut = cut;
    }

    /** surviving(K, X) = Σ_A s_K(X←A) × (1 − cut(A→K)) × min_Y surviving(A, Y); 1 without sourcing. */
    double surviving(String country, Item item) {
        String key = country + "|" + item;
        Double known = memo.get(key);
        if (known != null) {
            return known;
        }
        double value = 1;
        var sourcing = data.sourcing(country, item);
        if (sourcing.isPresent()) {
            ShareGroup group = sourcing.get();
            value = 0;
            for (SupplyShare row : group.rows()) {
                double cutFraction = cut.covers(data.lineage(item.material())) && cut.hits(row.supplier(), country) ? cut.fraction() : 0;
                value += row.share() * (1 - cutFraction) * scarcest(row.supplier(), inputs.followedInputs(item));
            }
        }
        memo.put(key, value);
        return value;
    }

    private double scarcest(String supplier, List<Item> inputItems) {
        double min = 1;
        for (Item input : inputItems) {
            min = Math.min(min, surviving(supplier, input));
        }
        return min;
    }
}
