package tenken.graph.concentration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import tenken.graph.network.ShareGroup;
import tenken.graph.network.SupplyData;
import tenken.store.model.Catalogue;
import tenken.store.model.SupplyShare;

/**
 * A material's dependence over time, from the catalogue's vintages: for each year with shares, the
 * most concentrated of the material's item-stages (the material and its items, each stage) for one
 * consumer — world production ({@code WLD}) or a country's own sourcing ({@code JPN}).
 *
 * <p>Per year the item-stage with the highest top-supplier share is taken (ties: higher HHI), because a
 * material is as exposed as its most concentrated link; its top share and HHI (Σ s² over named
 * suppliers, 0..1) are those of {@link ConcentrationAnalysis}. Years differ in which item-stages they
 * have, so a change between two points may be a different item, which each point names.
 *
 * <p>Not thread-safe: it keeps each year's analysis for the next material asked about.
 */
public final class DependenceTrend {

    /** One year's figure: the item-stage it comes from, its top supplier and share, its HHI, its source. */
    public record Point(String material, String consumer, int year, String item, String stage, String topCountry,
                        double topShare, double hhi, String source) {
    }

    private final Catalogue catalogue;
    private final Thresholds thresholds;
    /** One year's supply data and analysis, shared by every material and consumer asked about. */
    private final Map<Integer, Year> analysed = new HashMap<>();

    private record Year(SupplyData data, ConcentrationAnalysis analysis) {
    }

    public DependenceTrend(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.thresholds = Thresholds.from(catalogue);
    }

    /** The points of {@code material} (with its items) for {@code consumer}, oldest first. */
    public List<Point> of(String material, String consumer) {
        Set<String> scope = withItems(material);
        Set<Integer> years = new TreeSet<>();
        for (SupplyShare share : catalogue.shares()) {
            if (share.consumer().equals(consumer) && scope.contains(share.material())) {
                years.add(share.year());
            }
        }
        List<Point> points = new ArrayList<>();
        for (int year : years) {
            Year ofYear = analysed.computeIfAbsent(year, y -> {
                SupplyData data = SupplyData.of(catalogue, OptionalInt.of(y));
                return new Year(data, new ConcentrationAnalysis(data, thresholds));
            });
            ConcentrationAnalysis analysis = ofYear.analysis();
            ofYear.data().groupsOf(consumer).stream()
                    .filter(group -> scope.contains(group.item().material()))
                    .map(group -> new Measured(analysis.of(group), group))
                    .max(Comparator.comparingDouble((Measured m) -> m.concentration().topShare())
                            .thenComparingDouble(m -> m.concentration().hhi()))
                    .ifPresent(m -> points.add(new Point(material, consumer, year, m.group().item().material(),
                            m.group().item().stage(), m.concentration().topCountry(), m.concentration().topShare(),
                            m.concentration().hhi(), m.group().rows().get(0).source())));
        }
        return points;
    }

    private record Measured(Concentration concentration, ShareGroup group) {
    }

    private Set<String> withItems(String material) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(List.of(material));
        while (!pending.isEmpty()) {
            String key = pending.remove(0);
            if (keys.add(key)) {
                catalogue.itemsOf(key).forEach(item -> pending.add(item.key()));
            }
        }
        return keys;
    }
}
