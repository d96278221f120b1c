package tenken.graph.structure;

import java.util.Locale;
import tenken.graph.network.Item;

/**
 * A node of a {@link SupplyGraph}: a country, or an item node, which is one country's supply of one item
 * (its {@code iso3} is that consumer's, {@code material} and {@code stage} the item's). Exports to GraphML
 * and GEXF write these four attributes.
 */
public record SupplyNode(Kind kind, String iso3, String material, String stage) {

    public enum Kind {
        COUNTRY, ITEM;

        /** {@code country} or {@code item}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static SupplyNode country(String iso3) {
        return new SupplyNode(Kind.COUNTRY, iso3, null, null);
    }

    /** {@code consumer}'s supply of {@code item}. */
    public static SupplyNode item(String consumer, Item item) {
        return new SupplyNode(Kind.ITEM, consumer, item.material(), item.stage());
    }

    public boolean isCountry() {
        return kind == Kind.COUNTRY;
    }

    /** A stable identifier for exports: {@code country:CHN}, {@code item:JPN:gallium:refining}. */
    public String id() {
        return isCountry() ? "country:" + iso3 : "item:" + iso3 + ":" + material + ":" + stage;
    }

    @Override
    public String toString() {
        return id();
    }
}
