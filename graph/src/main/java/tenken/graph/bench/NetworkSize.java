package tenken.graph.bench;

/**
 * The size of a synthetic supply network.
 *
 * @param items the number of items (material–stage nodes), spread evenly over the tiers
 * @param tiers the depth: items of tier t &gt; 1 are made from items of tier t − 1
 * @param countries named countries (JPN among them), besides the aggregates WLD and ROW
 * @param suppliersPerItem named suppliers in every world group and every own-sourcing group
 * @param sourcingCountries countries (JPN first) that have shares of their own, not just world shares
 */
public record NetworkSize(int items, int tiers, int countries, int suppliersPerItem, int sourcingCountries) {

    /** The size the performance target is set at: 2,000 items × 4 tiers × 150 countries, 10 suppliers, 20 sourcing. */
    public static final NetworkSize TARGET = new NetworkSize(2_000, 4, 150, 10, 20);

    public NetworkSize {
        if (tiers < 1 || items < tiers || countries < 1 || suppliersPerItem < 1 || suppliersPerItem > countries
                || sourcingCountries < 0 || sourcingCountries > countries) {
            throw new IllegalArgumentException("Not a possible network size: " + this);
        }
    }

    /** This size with {@code factor} times the items; tiers, countries and suppliers stay. */
    public NetworkSize scaled(double factor) {
        return new NetworkSize(Math.max(tiers, (int) Math.round(items * factor)), tiers, countries, suppliersPerItem,
                sourcingCountries);
    }
}
