package tenken.graph.concentration;

import java.util.List;
import tenken.graph.network.ShareGroup;
import tenken.graph.network.SupplyData;
import tenken.store.model.SupplyShare;

/** Computes the {@link Concentration} of share groups. */
public final class ConcentrationAnalysis {

    private final SupplyData data;
    private final Thresholds thresholds;

    public ConcentrationAnalysis(SupplyData data, Thresholds thresholds) {
        this.data = data;
        this.thresholds = thresholds;
    }

    /** Every group of {@code consumer}, in catalogue order. */
    public List<Concentration> of(String consumer) {
        return data.groupsOf(consumer).stream().map(this::of).toList();
    }

    /**
     * Where {@code consumer} gets each item from, in catalogue order: its own shares where it has them, else
     * world production standing in (the concentration's consumer is then {@code WLD}), as the look-through
     * sources it.
     */
    public List<Concentration> sourcingOf(String consumer) {
        return data.items().stream().map(item -> data.sourcing(consumer, item)).flatMap(java.util.Optional::stream)
                .map(this::of).toList();
    }

    /** Every group of every consumer. */
    public List<Concentration> all() {
        return data.groups().stream().map(this::of).toList();
    }

    /**
     * The concentration of one group. Over the named suppliers i (aggregates such as {@code ROW} left
     * out) with shares s_i of the consumer's total:
     * <ul>
     *   <li>top = the largest s_i (ties: the first ISO3 code alphabetically);
     *   <li>top3 = the sum of the three largest s_i;
     *   <li>HHI = Σ s_i², on the 0..1 scale (1 = a single supplier of everything);
     *   <li>suppliers = the number of i with s_i &gt; 0;
     *   <li>domestic = s_c, the consumer's own production (0 for world production);
     *   <li>level = insufficient when Σ s_i &lt; 0.5 (or no named supplier), else, from the largest
     *       <em>foreign</em> share f = max over i ≠ c of s_i: critical when f ≥ {@code level.critical},
     *       high when f ≥ {@code level.high}, else normal.
     * </ul>
     * The level measures external dependence (requirement 2, 外部依存性): what a consumer makes itself
     * is known supply (it counts towards the named half) but no supplier it depends on, so Japan's robots,
     * 98 % made in Japan, are not "critical" for Japan.
     */
    public Concentration of(ShareGroup group) {
        // Rows come largest first, ties by code: the first named rows are the top ones.
        String topCountry = null;
        double topShare = 0;
        double topForeign = 0;
        double domestic = 0;
        double top3 = 0;
        double hhi = 0;
        double named = 0;
        int suppliers = 0;
        for (SupplyShare row : group.rows()) {
            double s = row.share();
            if (data.isAggregate(row.supplier()) || s <= 0) {
                continue;
            }
            if (suppliers == 0) {
                topCountry = row.supplier();
                topShare = s;
            }
            if (row.supplier().equals(group.consumer())) {
                domestic += s;
            } else {
                topForeign = Math.max(topForeign, s);
            }
            if (suppliers < 3) {
                top3 += s;
            }
            hhi += s * s;
            named += s;
            suppliers++;
        }
        Level level = suppliers == 0 || !Thresholds.reaches(named, Thresholds.MINIMUM_NAMED_SHARE)
                ? Level.INSUFFICIENT
                : thresholds.levelOf(topForeign);
        return new Concentration(group.item(), group.consumer(), group.year(), topCountry, topShare, top3, hhi,
                suppliers, named, group.coverage(), domestic, level);
    }
}
