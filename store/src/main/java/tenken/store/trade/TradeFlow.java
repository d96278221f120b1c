package tenken.store.trade;

/**
 * One flow as a statistic reports it: {@code reporter} imports from (or exports to) {@code partner} goods of
 * {@code code} in {@code year} (and {@code month}, null for the whole year). The value is in units of
 * {@code valueScale} {@code currency} (thousand JPY: 1000, "JPY"); quantities are null where not given.
 */
public record TradeFlow(
        String reporter,
        String partner,
        Direction direction,
        String classification,
        String code,
        int year,
        Integer month,
        Double value,
        int valueScale,
        String currency,
        Double quantity,
        String quantityUnit,
        Double quantity2,
        String quantity2Unit) {

    public static final String HS = "HS";
    public static final String JAPAN_NINE_DIGIT = "JP9";

    public enum Direction {
        IMPORT("import"), EXPORT("export");

        private final String key;

        Direction(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The quantity in {@code unit}, from whichever of the two quantities is given in it; null when neither is. */
    public Double quantityIn(String unit) {
        if (unit.equals(quantityUnit) && quantity != null) {
            return quantity;
        }
        if (unit.equals(quantity2Unit) && quantity2 != null) {
            return quantity2;
        }
        return null;
    }
}
