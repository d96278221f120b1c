package tenken.graph.network;

import java.util.Comparator;
import java.util.List;
import tenken.store.model.SupplyShare;

/**
 * The shares of one consumer's supply of one item in one year: who supplies {@code consumer} with
 * {@code item}, and how much of it. {@code consumer} is {@code WLD} for world production.
 *
 * <p>Rows are held largest share first, ties by supplier code, so that every computation that walks
 * them (and every report) sees the same order.
 */
public record ShareGroup(Item item, String consumer, int year, List<SupplyShare> rows) {

    private static final Comparator<SupplyShare> LARGEST_FIRST = Comparator
            .comparingDouble(SupplyShare::share).reversed()
            .thenComparing(SupplyShare::supplier);

    public ShareGroup {
        rows = rows.stream().sorted(LARGEST_FIRST).toList();
    }

    /**
     * The sum of the listed shares, ROW included, at most 1. Below 1 the data miss part of the supply; the
     * analyses do not scale the listed shares up, they report this figure beside their results. Published
     * shares are rounded, so a whole group may add up to a little over 1 (the import allows 0.5 %): such a
     * group covers the whole supply, not more than it.
     */
    public double coverage() {
        double sum = 0;
        for (SupplyShare row : rows) {
            sum += row.share();
        }
        return Math.min(1, sum);
    }

    /** The share of {@code supplier}, 0 when it is not listed. */
    public double shareOf(String supplier) {
        for (SupplyShare row : rows) {
            if (row.supplier().equals(supplier)) {
                return row.share();
            }
        }
        return 0;
    }
}
