package tenken.views.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tenken.graph.concentration.ConcentrationAnalysis;
import tenken.graph.concentration.Thresholds;
import tenken.graph.lookthrough.Cut;
import tenken.graph.lookthrough.LookThroughNetwork;
import tenken.graph.lookthrough.SweepResult;
import tenken.graph.network.Item;
import tenken.graph.network.SupplyData;
import tenken.graph.structure.StructuralAnalysis;
import tenken.graph.structure.SupplyGraphBuilder;
import tenken.store.model.Catalogue;

/**
 * The analysis engine compiled for one catalogue snapshot: the indexed supply data (latest year of
 * every group), the thresholds, the concentration of every group and the look-through network. Built
 * off the FX thread with the catalogue; the full cuts (every country cut entirely, one at a time) that
 * give look-through exposure are computed on first use per consumer, also off the FX thread.
 */
public final class AnalysisSnapshot {

    /** The most items whose structure is analysed for one consumer: each analysis is a max-flow and more. */
    public static final int STRUCTURAL_ITEMS = 300;

    private final Catalogue catalogue;
    private final SupplyData data;
    private final Thresholds thresholds;
    private final ConcentrationAnalysis concentration;
    private final LookThroughNetwork network;
    private final Map<String, SweepResult> fullCuts = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<Item>>> articulation = new ConcurrentHashMap<>();

    private AnalysisSnapshot(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.data = SupplyData.of(catalogue);
        this.thresholds = Thresholds.from(catalogue);
        this.concentration = new ConcentrationAnalysis(data, thresholds);
        this.network = LookThroughNetwork.compile(data);
    }

    public static AnalysisSnapshot of(Catalogue catalogue) {
        return new AnalysisSnapshot(catalogue);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public SupplyData data() {
        return data;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public ConcentrationAnalysis concentration() {
        return concentration;
    }

    public LookThroughNetwork network() {
        return network;
    }

    /** The material {@code key} and all its items, down the parent chain. */
    public Set<String> family(String key) {
        return catalogue.familyOf(key);
    }

    /**
     * The items of a material's supply chain: those of the material and its items, then every input
     * they are made from, through all tiers (as the input relations say), in catalogue order.
     */
    public List<Item> supplyChain(String materialKey) {
        Set<String> family = family(materialKey);
        Set<Item> chain = new HashSet<>();
        List<Item> pending = new ArrayList<>(data.items().stream().filter(i -> family.contains(i.material())).toList());
        while (!pending.isEmpty()) {
            Item next = pending.remove(pending.size() - 1);
            if (chain.add(next)) {
                pending.addAll(data.inputsOf(next));
            }
        }
        return data.items().stream().filter(chain::contains).toList();
    }

    /**
     * Look-through exposure of {@code consumer}: for every country A and item X, the loss of X when A stops
     * exporting entirely (a sweep with fraction 1), as the engine measures it.
     * Costly on large networks: call it off the FX thread.
     */
    public SweepResult exposure(String consumer) {
        return fullCuts.computeIfAbsent(consumer, c -> network.sweep(c, 1.0));
    }

    /** The named suppliers of any share group, alphabetically: the countries a scenario may cut. */
    public List<String> namedSuppliers() {
        return data.groups().stream().flatMap(group -> group.rows().stream())
                .map(tenken.store.model.SupplyShare::supplier)
                .filter(supplier -> !data.isAggregate(supplier)).distinct().sorted().toList();
    }

    /**
     * The structural chokepoints of {@code consumer}'s supply: for every country, the items of designated
     * materials whose every supply path (looked through all tiers) runs through it — the articulation
     * points of the engine's {@link StructuralAnalysis}, item by item. Costly: off the FX thread; at most
     * {@link #STRUCTURAL_ITEMS} items are analysed, designated materials' items in catalogue order.
     */
    public Map<String, List<Item>> articulationPoints(String consumer) {
        return articulation.computeIfAbsent(consumer, c -> {
            Set<String> designated = new HashSet<>();
            catalogue.designatedMaterials().forEach(m -> designated.add(m.key()));
            StructuralAnalysis structure = new StructuralAnalysis(data);
            SupplyGraphBuilder builder = new SupplyGraphBuilder(data, concentration);
            Map<String, List<Item>> result = new HashMap<>();
            data.items().stream()
                    .filter(item -> designated.contains(data.rootMaterial(item.material())))
                    .filter(item -> data.sourcing(c, item).isPresent())
                    .limit(STRUCTURAL_ITEMS)
                    .forEach(item -> structure.analyse(builder.lookThrough(c, item)).articulationPoints()
                            .forEach(country -> result.computeIfAbsent(country, k -> new ArrayList<>()).add(item)));
            return Map.copyOf(result);
        });
    }
}
