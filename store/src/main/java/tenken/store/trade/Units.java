package tenken.store.trade;

import java.util.Locale;
import java.util.Map;

/**
 * Quantity units as the statistics write them, brought to one spelling so that a mapping's unit matches
 * every source: masses become kilograms (Japan Customs writes KG and MT, Comtrade kg, BACI tonnes), counts
 * become {@code u}; any other unit is kept, lower-cased.
 */
final class Units {

    static final String KILOGRAM = "kg";

    /** Unit as written → (unit stored, factor to multiply by). */
    private static final Map<String, Conversion> KNOWN = Map.of(
            "kg", new Conversion(KILOGRAM, 1),
            "mt", new Conversion(KILOGRAM, 1000),
            "t", new Conversion(KILOGRAM, 1000),
            "tne", new Conversion(KILOGRAM, 1000),
            "gr", new Conversion(KILOGRAM, 0.001),
            "g", new Conversion(KILOGRAM, 0.001),
            "no", new Conversion("u", 1),
            "u", new Conversion("u", 1));

    record Conversion(String unit, double factor) {
    }

    private Units() {
    }

    static Conversion of(String written) {
        String unit = written.strip().toLowerCase(Locale.ROOT);
        return KNOWN.getOrDefault(unit, new Conversion(unit, 1));
    }
}
