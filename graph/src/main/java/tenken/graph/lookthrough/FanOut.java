package tenken.graph.lookthrough;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import tenken.graph.network.SupplyData;

/**
 * The fan-out of one cut: which designated materials lose what, ranked by their worst item. Items are
 * grouped under the designated material they belong to (the top of their parent chain).
 */
public final class FanOut {

    private FanOut() {
    }

    public static List<MaterialImpact> of(ScenarioResult result, SupplyData data) {
        Map<String, List<ItemLoss>> byMaterial = new LinkedHashMap<>();
        for (ItemLoss loss : result.losses()) {
            byMaterial.computeIfAbsent(data.rootMaterial(loss.item().material()), m -> new ArrayList<>()).add(loss);
        }
        return byMaterial.entrySet().stream()
                .map(e -> new MaterialImpact(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(MaterialImpact::worstLoss).reversed())
                .toList();
    }
}
