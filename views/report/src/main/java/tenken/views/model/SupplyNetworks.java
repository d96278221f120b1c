package tenken.views.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tenken.assets.Messages;
import tenken.graph.concentration.Concentration;
import tenken.graph.concentration.Level;
import tenken.graph.network.InputGraph;
import tenken.graph.network.Item;
import tenken.graph.network.ShareGroup;
import tenken.graph.network.SupplyData;
import tenken.store.model.Material;
import tenken.store.model.SupplyShare;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.common.Names;
import tenken.graph.format.Percent;
import tenken.views.picture.SupplyNetwork;

/**
 * Builds the chokepoint graph's network from the analysis for one consumer: every named supplier
 * country and every item–stage with sourcing or inputs; supply edges country → item weighted by the
 * share (the consumer's own shares, else world shares: the analysis's sourcing rule), input edges
 * input → item. Aggregates such as {@code ROW} are many small suppliers, not a node. An item whose supply
 * is world production's because the consumer has none of its own is marked so, and the network counts them.
 *
 * <p><b>Columns</b>: countries in column 0; an item in column {@code 1 + depth}, where depth is the
 * longest chain of followed inputs below it (0 for an item without inputs), so that supply flows left to
 * right. Within a column, items are grouped by their designated material in catalogue order.
 *
 * <p><b>Structural chokepoints</b> (a ring and a warning sign): the countries that stand on every supply
 * path of some item of a designated material, looked through all tiers (the engine's articulation
 * points, {@link AnalysisSnapshot#articulationPoints}).
 */
public final class SupplyNetworks {

    private SupplyNetworks() {
    }

    public static SupplyNetwork of(AnalysisSnapshot analysis, String consumer) {
        SupplyData data = analysis.data();
        Names names = new Names(analysis.catalogue());
        InputGraph inputs = InputGraph.of(data);
        Map<Item, Integer> depth = new HashMap<>();
        for (Item item : inputs.inputsFirst()) {
            int d = 0;
            for (Item input : inputs.followedInputs(item)) {
                d = Math.max(d, depth.getOrDefault(input, 0) + 1);
            }
            depth.put(item, d);
        }
        Map<String, Integer> materialOrder = new HashMap<>();
        List<Material> materials = analysis.catalogue().materials();
        for (int i = 0; i < materials.size(); i++) {
            materialOrder.put(materials.get(i).key(), i);
        }
        Map<String, List<Item>> chokepoints = analysis.articulationPoints(consumer);

        List<SupplyNetwork.Node> nodes = new ArrayList<>();
        List<SupplyNetwork.Edge> edges = new ArrayList<>();
        Map<String, int[]> countryCounts = new HashMap<>();
        Set<String> sources = new TreeSet<>();
        Set<Integer> years = new TreeSet<>();
        for (Item item : data.items()) {
            Optional<ShareGroup> sourcing = data.sourcing(consumer, item);
            Level level = sourcing.map(g -> analysis.concentration().of(g).level()).orElse(Level.INSUFFICIENT);
            String root = data.rootMaterial(item.material());
            double hint = materialOrder.getOrDefault(root, materials.size()) * SupplyNetwork.GROUP_SPAN
                    + materialOrder.getOrDefault(item.material(), 0) + names.stageOrder(item.stage()) / 100.0;
            boolean worldStandsIn = sourcing.isPresent() && !sourcing.get().consumer().equals(consumer);
            nodes.add(new SupplyNetwork.Node(itemId(item), SupplyNetwork.Kind.ITEM, names.item(item),
                    1 + depth.getOrDefault(item, 0), hint, item.material(), item.stage(), level, false,
                    itemDetail(analysis, names, item, consumer, sourcing), worldStandsIn));
            if (sourcing.isPresent()) {
                ShareGroup group = sourcing.get();
                years.add(group.year());
                for (SupplyShare row : group.rows()) {
                    if (data.isAggregate(row.supplier()) || row.share() <= 0) {
                        continue;
                    }
                    Level edgeLevel = analysis.thresholds().levelOf(row.share());
                    sources.add(row.source());
                    countryCounts.computeIfAbsent(row.supplier(), c -> new int[3])[edgeLevel.ordinal() < 2 ? edgeLevel.ordinal() : 2]++;
                    edges.add(new SupplyNetwork.Edge(row.supplier(), itemId(item), SupplyNetwork.EdgeKind.SUPPLY,
                            row.share(), edgeLevel, group.year(), row.source(),
                            Messages.get("graph.edgeTooltip", names.country(row.supplier()), names.item(item),
                                    Percent.of(row.share()), names.consumer(group.consumer()),
                                    String.valueOf(group.year()), Messages.get("level." + edgeLevel.key()), row.source())));
                }
            }
            for (Item input : data.inputsOf(item)) {
                edges.add(new SupplyNetwork.Edge(itemId(input), itemId(item), SupplyNetwork.EdgeKind.INPUT, 1,
                        Level.NORMAL, 0, "", Messages.get("graph.inputTooltip", names.item(input), names.item(item))));
            }
        }
        List<String> countries = new ArrayList<>(countryCounts.keySet());
        countries.sort(null);
        for (String country : countries) {
            int[] counts = countryCounts.get(country);
            List<Item> onEveryPath = chokepoints.getOrDefault(country, List.of());
            boolean chokepoint = !onEveryPath.isEmpty();
            String detail = Messages.get("graph.countryTooltip", names.country(country), country,
                    counts[0] + counts[1] + counts[2], String.valueOf(counts[0]), String.valueOf(counts[1]))
                    + (chokepoint ? "\n" + Messages.get("graph.countryChokepoint",
                            onEveryPath.stream().map(names::item).collect(java.util.stream.Collectors.joining("、"))) : "");
            // Countries with many critical supplies start near the top, where most of their edges go.
            nodes.add(new SupplyNetwork.Node(country, SupplyNetwork.Kind.COUNTRY, names.country(country), 0,
                    -counts[0] * 10 - counts[1], null, null, Level.NORMAL, chokepoint, detail, false));
        }
        String vintage = years.isEmpty() ? Messages.get("common.notGiven") : years.size() == 1
                ? String.valueOf(years.iterator().next())
                : Messages.get("common.yearRange", String.valueOf(((TreeSet<Integer>) years).first()),
                        String.valueOf(((TreeSet<Integer>) years).last()));
        return new SupplyNetwork(nodes, edges, names.consumer(consumer), vintage, List.copyOf(sources),
                analysis.thresholds().critical(), analysis.thresholds().high(), SupplyNetwork.worldStandsIn(nodes));
    }

    public static String itemId(Item item) {
        return item.material() + "/" + item.stage();
    }

    /**
     * An item's tooltip and side panel text; where world production stands in for the consumer's own shares,
     * its first line says so.
     */
    private static String itemDetail(AnalysisSnapshot analysis, Names names, Item item, String consumer,
            Optional<ShareGroup> sourcing) {
        if (sourcing.isEmpty()) {
            return Messages.get("graph.itemNoData", names.item(item));
        }
        ShareGroup group = sourcing.get();
        Concentration c = analysis.concentration().of(group);
        String heading = group.consumer().equals(consumer) ? names.item(item)
                : Messages.get("chart.panelHeadingWorldStandsIn", names.item(item), names.consumer(consumer));
        return Messages.get("graph.itemTooltip", heading,
                c.topCountry() == null ? Messages.get("common.notGiven") : names.country(c.topCountry()),
                Percent.of(c.topShare()), Messages.get("level." + c.level().key()),
                String.format(java.util.Locale.ROOT, "%.2f", c.hhi()), Percent.of(c.coverage()),
                names.consumer(group.consumer()), String.valueOf(group.year()),
                group.rows().isEmpty() ? "" : group.rows().get(0).source());
    }
}
