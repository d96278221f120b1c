package tenken.views.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tenken.assets.Messages;
import tenken.graph.concentration.Level;
import tenken.graph.format.Citation;
import tenken.graph.lookthrough.SweepResult;
import tenken.graph.network.Item;
import tenken.graph.network.ShareGroup;
import tenken.store.model.Catalogue;
import tenken.store.model.SupplyShare;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.common.Names;
import tenken.views.picture.DependencyChart;
import tenken.graph.format.Percent;

/**
 * Builds the dependency chart of a material (with all its items) or of a single item, for one
 * consumer: per item–stage, the suppliers at face value — the consumer's own shares, or world shares
 * where it has none (the analysis's sourcing rule) — beside their look-through exposure, the loss of
 * the consumer's supply of that item should the country stop exporting entirely, beyond what the data
 * leave unaccounted for: {@code exposure(A, X) = loss(consumer, X | A cut with fraction 1) − loss(consumer,
 * X | nothing cut)} (see {@code LookThroughNetwork}; the second term is the supply the listed shares miss).
 * Countries that supply nothing directly but through the inputs appear too: that is the hidden
 * dependence the look-through reveals. Panels cover the material's items, then their inputs through
 * all tiers (a magnet maker's neodymium), each marked as an input.
 */
public final class DependencyCharts {

    /** Suppliers shown per panel: the largest by face value or exposure; the rest is in the tooltip-free tail. */
    static final int ROWS_PER_PANEL = 8;
    /** Exposures below this are not worth a row of their own. */
    static final double SMALLEST_EXPOSURE = 0.005;

    private DependencyCharts() {
    }

    public static DependencyChart of(AnalysisSnapshot analysis, String materialKey, String consumer, SweepResult exposure) {
        Catalogue catalogue = analysis.catalogue();
        Names names = new Names(catalogue);
        Set<String> family = analysis.family(materialKey);
        List<Item> chain = analysis.supplyChain(materialKey);
        Map<String, Integer> countryIndex = index(exposure.countries());
        Map<Item, Integer> itemIndex = index(exposure.items());
        List<DependencyChart.Panel> panels = new ArrayList<>();
        Set<String> sources = new TreeSet<>();
        Set<Integer> years = new TreeSet<>();
        boolean fallback = false;
        // The material's own items first, then the inputs they are made from.
        List<Item> ordered = new ArrayList<>(chain.stream().filter(i -> family.contains(i.material())).toList());
        chain.stream().filter(i -> !family.contains(i.material())).forEach(ordered::add);
        for (Item item : ordered) {
            Optional<ShareGroup> sourcing = analysis.data().sourcing(consumer, item);
            if (sourcing.isEmpty()) {
                continue;
            }
            ShareGroup group = sourcing.get();
            fallback |= !group.consumer().equals(consumer);
            String source = group.rows().isEmpty() ? "" : group.rows().get(0).source();
            sources.add(source);
            years.add(group.year());
            // Where the consumer has no shares of its own, the panel says in words that world production stands in.
            String heading = group.consumer().equals(consumer)
                    ? Messages.get("chart.panelHeading", names.item(item), names.consumer(group.consumer()))
                    : Messages.get("chart.panelHeadingWorldStandsIn", names.item(item), names.consumer(consumer));
            String provenance = group.rows().isEmpty() ? "" : String.join(Messages.get("provenance.separator"),
                    Citation.provenance(group.rows().get(0), Messages.locale()));
            panels.add(new DependencyChart.Panel(family.contains(item.material()) ? heading
                    : Messages.get("chart.inputHeading", heading), group.year(), source, provenance,
                    rows(analysis, names, item, group, exposure, countryIndex, itemIndex.get(item))));
        }
        String vintage = years.isEmpty() ? Messages.get("common.notGiven")
                : years.size() == 1 ? String.valueOf(years.iterator().next())
                : Messages.get("common.yearRange", String.valueOf(((TreeSet<Integer>) years).first()),
                        String.valueOf(((TreeSet<Integer>) years).last()));
        String subtitle = panels.isEmpty() ? Messages.get("chart.noData", names.consumer(consumer))
                : fallback ? Messages.get("chart.subtitleFallback", names.consumer(consumer))
                : Messages.get("chart.subtitle", names.consumer(consumer));
        return new DependencyChart(Messages.get("chart.title", names.material(materialKey)), subtitle, panels,
                names.consumer(consumer), vintage, List.copyOf(sources));
    }

    private static List<DependencyChart.Row> rows(AnalysisSnapshot analysis, Names names, Item item, ShareGroup group,
            SweepResult exposure, Map<String, Integer> countryIndex, Integer itemColumn) {
        Map<String, double[]> figures = new LinkedHashMap<>();
        Map<String, SupplyShare> listed = new HashMap<>();
        for (SupplyShare row : group.rows()) {
            figures.put(row.supplier(), new double[] {row.share(), Double.NaN});
            listed.put(row.supplier(), row);
        }
        if (itemColumn != null) {
            for (Map.Entry<String, Integer> country : countryIndex.entrySet()) {
                // A loss is never negative (a cut cannot add supply); the subtraction's rounding noise can
                // be (−1e−17), which would print as "-0 %".
                double loss = Math.max(0, exposure.loss(country.getValue(), itemColumn));
                if (loss >= SMALLEST_EXPOSURE || figures.containsKey(country.getKey())) {
                    figures.computeIfAbsent(country.getKey(), c -> new double[] {0, Double.NaN})[1] = loss;
                }
            }
        }
        List<DependencyChart.Row> rows = new ArrayList<>();
        figures.forEach((country, values) -> {
            boolean aggregate = analysis.data().isAggregate(country);
            Double lookThrough = aggregate || Double.isNaN(values[1]) ? null : values[1];
            Level level = aggregate ? Level.NORMAL : analysis.thresholds().levelOf(values[0]);
            SupplyShare row = listed.get(country);
            String tooltip = Messages.get("chart.tooltip", names.country(country), names.item(item),
                    Percent.of(values[0]), lookThrough == null ? Messages.get("common.notGiven") : Percent.of(lookThrough),
                    names.consumer(group.consumer()), String.valueOf(group.year()),
                    row == null ? Messages.get("chart.throughInputs") : Citation.of(row, Messages.locale()));
            rows.add(new DependencyChart.Row(names.country(country), country, values[0], lookThrough, level, tooltip));
        });
        rows.sort(Comparator.comparingDouble((DependencyChart.Row r) -> Math.max(r.faceValue(),
                r.lookThrough() == null ? 0 : r.lookThrough())).reversed());
        return rows.subList(0, Math.min(ROWS_PER_PANEL, rows.size()));
    }

    private static <T> Map<T, Integer> index(List<T> values) {
        Map<T, Integer> index = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            index.put(values.get(i), i);
        }
        return index;
    }
}
