package tenken.graph.concentration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tenken.graph.network.Item;
import tenken.graph.network.ShareGroup;
import tenken.graph.network.SupplyData;
import tenken.store.model.Country;
import tenken.store.model.SupplyShare;

/**
 * Finds Japan's leverage: the items of whose world supply ({@code WLD} groups) {@code JPN} holds at least a
 * minimum share, by default the {@code level.high} threshold. The same thresholds as for dependencies are
 * used, turned round: a world that depends on Japan at the high or critical level is a strength to protect.
 */
public final class JapanLeverage {

    /** Largest share first; equal shares in catalogue order. */
    private static final Comparator<Leverage> RANKING = Comparator.comparingDouble(Leverage::share).reversed();

    private final SupplyData data;
    private final Thresholds thresholds;

    public JapanLeverage(SupplyData data, Thresholds thresholds) {
        this.data = data;
        this.thresholds = thresholds;
    }

    /** The items where Japan's world share reaches the high level, largest share first. */
    public static List<Leverage> find(SupplyData data, Thresholds thresholds) {
        return new JapanLeverage(data, thresholds).atLeast(thresholds.high());
    }

    /**
     * The items where Japan's share of world supply is positive and at least {@code minimumShare} (allowing
     * {@link Thresholds#TOLERANCE}), largest share first.
     *
     * @throws IllegalArgumentException when {@code minimumShare} is outside 0..1
     */
    public List<Leverage> atLeast(double minimumShare) {
        if (!(minimumShare >= 0 && minimumShare <= 1)) {
            throw new IllegalArgumentException("minimum share outside 0..1: " + minimumShare);
        }
        List<Leverage> found = new ArrayList<>();
        for (ShareGroup group : data.groupsOf(Country.WORLD)) {
            japansRow(group)
                    .filter(row -> Thresholds.reaches(row.share(), minimumShare))
                    .ifPresent(row -> found.add(leverage(group, row)));
        }
        found.sort(RANKING);
        return found;
    }

    /** How many items have a positive Japanese world share below {@code minimumShare}: what a lower minimum would add. */
    public int countBelow(double minimumShare) {
        int count = 0;
        for (ShareGroup group : data.groupsOf(Country.WORLD)) {
            if (japansRow(group).filter(row -> !Thresholds.reaches(row.share(), minimumShare)).isPresent()) {
                count++;
            }
        }
        return count;
    }

    private static Optional<SupplyShare> japansRow(ShareGroup group) {
        return group.rows().stream().filter(row -> row.supplier().equals(Country.JAPAN) && row.share() > 0)
                .findFirst();
    }

    private Leverage leverage(ShareGroup group, SupplyShare japan) {
        return new Leverage(group.item(), group.year(), japan.share(), rank(group, japan.share()),
                thresholds.levelOf(japan.share()), japan.source(), japan.basis(), japan.quality(),
                TechnologyLeakage.materialOf(data, group.item()), dependents(group.item()));
    }

    /** 1 + the number of named suppliers with a strictly larger share: ties share a rank. */
    private int rank(ShareGroup group, double share) {
        int rank = 1;
        for (SupplyShare row : group.rows()) {
            if (!data.isAggregate(row.supplier()) && row.share() > share) {
                rank++;
            }
        }
        return rank;
    }

    /**
     * The consumers (other than Japan, whose own sourcing is self-sufficiency, not leverage) whose shares of
     * {@code item} have Japan as the top named supplier, ties included; largest share first, then by code.
     */
    private List<Dependent> dependents(Item item) {
        List<Dependent> dependents = new ArrayList<>();
        for (String consumer : data.countriesWithOwnSourcing()) {
            if (consumer.equals(Country.JAPAN) || data.isAggregate(consumer)) {
                continue;
            }
            data.group(consumer, item).ifPresent(group -> japansRow(group)
                    .filter(japan -> rank(group, japan.share()) == 1)
                    .ifPresent(japan -> dependents.add(
                            new Dependent(consumer, japan.share(), group.year(), japan.source()))));
        }
        dependents.sort(Comparator.comparingDouble(Dependent::share).reversed().thenComparing(Dependent::consumer));
        return dependents;
    }
}
