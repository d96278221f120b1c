package tenken.store.trade;

/**
 * A catalogue item (material at a stage) stands for the flows whose commodity code starts with {@code code}:
 * HS6 {@code 271111} covers Japan's nine-digit {@code 271111000}. Its shares are computed on {@code basis}:
 * values, or quantities in {@code unit}.
 */
public record CommodityMapping(String material, String stage, String code, Basis basis, String unit, String note,
        String source) {

    public enum Basis {
        VALUE("value"), QUANTITY("quantity");

        private final String key;

        Basis(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static java.util.Optional<Basis> ofKey(String key) {
            return java.util.Arrays.stream(values()).filter(b -> b.key.equalsIgnoreCase(key.strip())).findFirst();
        }
    }

    public CommodityMapping {
        unit = unit == null ? "" : unit;
        note = note == null ? "" : note;
        source = source == null ? "" : source;
    }

    public boolean covers(String flowCode) {
        return flowCode.startsWith(code);
    }

    /** The item this mapping belongs to. */
    public Item item() {
        return new Item(material, stage);
    }

    /** A catalogue item: a material at a stage. */
    public record Item(String material, String stage) {
    }
}
