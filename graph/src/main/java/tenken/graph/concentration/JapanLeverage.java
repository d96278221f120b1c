package tenken.graph.concentration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tenken.graph.network.ShareGroup;
import tenken.graph.network.SupplyData;
import tenken.store.model.Country;
import tenken.store.model.SupplyShare;

/**
 * Finds Japan's leverage: the items of whose world supply ({@code WLD} groups) {@code JPN} holds at
 * least the {@code level.high} share. The same thresholds as for dependencies are used, turned round: a
 * world that depends on Japan at the high or critical level is a strength to protect.
 */
public final class JapanLeverage {

    private JapanLeverage() {
    }

    /** Largest share first. */
    public static List<Leverage> find(SupplyData data, Thresholds thresholds) {
        List<Leverage> found = new ArrayList<>();
        for (ShareGroup group : data.groupsOf(Country.WORLD)) {
            double share = group.shareOf(Country.JAPAN);
            Level level = thresholds.levelOf(share);
            if (level == Level.NORMAL) {
                continue;
            }
            int rank = 1;
            for (SupplyShare row : group.rows()) {
                if (!data.isAggregate(row.supplier()) && row.share() > share) {
                    rank++;
                }
            }
            found.add(new Leverage(group.item(), group.year(), share, rank, level));
        }
        found.sort(Comparator.comparingDouble(Leverage::share).reversed());
        return found;
    }
}
