package tenken.graph.concentration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import tenken.graph.network.Item;
import tenken.graph.network.SupplyData;
import tenken.store.model.Catalogue;
import tenken.store.model.Material;
import tenken.store.model.Stage;

/**
 * The concentration of every group in every year the catalogue has it: one {@link Concentration} per material,
 * stage, consumer and year, in catalogue order and oldest year first, so that a group's trend reads down the
 * list (Japan's LNG: Australia 0.219 in 2015 → 0.3809 in 2024).
 */
public final class Trends {

    private Trends() {
    }

    /** Every group of every year; of {@code consumer} only when it is not null. */
    public static List<Concentration> of(Catalogue catalogue, Thresholds thresholds, String consumer) {
        List<Concentration> all = new ArrayList<>();
        TreeSet<Integer> years = catalogue.shares().stream().map(s -> s.year())
                .collect(Collectors.toCollection(TreeSet::new));
        for (int year : years) {
            SupplyData ofYear = SupplyData.of(catalogue, OptionalInt.of(year));
            ConcentrationAnalysis analysis = new ConcentrationAnalysis(ofYear, thresholds);
            all.addAll(consumer == null ? analysis.all() : analysis.of(consumer));
        }
        all.sort(order(catalogue));
        return all;
    }

    /** The years of one consumer's item, oldest first; a trend where there are two or more. */
    public static List<Concentration> of(Catalogue catalogue, Thresholds thresholds, String consumer, Item item) {
        return of(catalogue, thresholds, consumer).stream().filter(c -> c.item().equals(item)).toList();
    }

    private static Comparator<Concentration> order(Catalogue catalogue) {
        Map<String, Integer> material = rank(catalogue.materials().stream().map(Material::key).toList());
        Map<String, Integer> stage = rank(catalogue.stages().stream().map(Stage::key).toList());
        return Comparator.<Concentration>comparingInt(c -> material.getOrDefault(c.item().material(), Integer.MAX_VALUE))
                .thenComparing(c -> c.item().material())
                .thenComparingInt(c -> stage.getOrDefault(c.item().stage(), Integer.MAX_VALUE))
                .thenComparing(c -> c.item().stage())
                .thenComparing(Concentration::consumer)
                .thenComparingInt(Concentration::year);
    }

    private static Map<String, Integer> rank(List<String> keys) {
        return java.util.stream.IntStream.range(0, keys.size()).boxed()
                .collect(Collectors.toMap(keys::get, Function.identity()));
    }
}
