package tenken.store.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tenken.assets.Messages;
import tenken.store.progress.ProgressMonitor;
import tenken.store.model.Country;

/**
 * The 品別国別表 of Japan's trade statistics as e-Stat gives it: {@code Exp or Imp} (1 export, 2 import),
 * {@code Year}, an optional {@code Custom}, {@code HS} (nine digits written {@code '271111000'}),
 * {@code Country} (the customs' three-digit code), {@code Unit1}, {@code Unit2}, the year's
 * {@code Quantity1-Year}, {@code Quantity2-Year} and {@code Value-Year} (thousand yen), then the same three
 * for each month {@code -Jan} … {@code -Dec}. Every row becomes Japan's flow for the year and, where the
 * file gives them, one per month.
 */
final class JapanCustomsReader {

    static final String DIRECTION = "Exp or Imp";
    static final String YEAR = "Year";
    static final String CODE = "HS";
    static final String COUNTRY = "Country";
    static final String UNIT1 = "Unit1";
    static final String UNIT2 = "Unit2";
    static final List<String> REQUIRED = List.of(DIRECTION, YEAR, CODE, COUNTRY, UNIT1, UNIT2, "Quantity1-Year",
            "Quantity2-Year", "Value-Year");
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private JapanCustomsReader() {
    }

    /**
     * @param customsCodes the customs' country code → ISO3, empty for the special areas (for order, unknown,
     *     bonded areas), whose flows are counted under {@code ROW}
     */
    static ParsedFile read(String file, CountingReader reader, Set<String> knownCountries, Map<String, String> customsCodes,
            ProgressMonitor monitor) {
        Problems problems = new Problems(file);
        List<TradeFlow> flows = new ArrayList<>();
        long rows = CsvRows.stream(file, reader, REQUIRED, row -> {
            Fields fields = new Fields(row, problems);
            String direction = fields.required(DIRECTION);
            TradeFlow.Direction flow = switch (direction) {
                case "1" -> TradeFlow.Direction.EXPORT;
                case "2" -> TradeFlow.Direction.IMPORT;
                default -> {
                    if (!direction.isEmpty()) {
                        fields.fail(DIRECTION, Messages.get("trade.error.customsDirection", direction));
                    }
                    yield null;
                }
            };
            int year = fields.year(YEAR);
            String code = fields.required(CODE).replace("'", "").strip();
            if (!code.isEmpty() && !code.matches("\\d{9}")) {
                fields.fail(CODE, Messages.get("trade.error.customsCode", fields.text(CODE)));
            }
            String partner = partner(fields, knownCountries, customsCodes);
            Units.Conversion unit1 = Units.of(fields.text(UNIT1));
            Units.Conversion unit2 = Units.of(fields.text(UNIT2));
            List<TradeFlow> rowFlows = new ArrayList<>();
            addFlow(rowFlows, fields, "Year", null, flow, year, code, partner, unit1, unit2);
            for (int m = 0; m < MONTHS.length; m++) {
                if (row.has("Value-" + MONTHS[m])) {
                    addFlow(rowFlows, fields, MONTHS[m], m + 1, flow, year, code, partner, unit1, unit2);
                }
            }
            if (fields.ok()) {
                flows.addAll(rowFlows);
            }
            if (row.line() % 1_000 == 0) {
                monitor.checkCancelled();
                monitor.progress(reader.consumed(), reader.length());
            }
        });
        monitor.progress(reader.length(), reader.length());
        problems.throwIfAny();
        return new ParsedFile(TradeFormat.JAPAN_CUSTOMS, flows, rows);
    }

    private static String partner(Fields fields, Set<String> knownCountries, Map<String, String> customsCodes) {
        String code = fields.required(COUNTRY);
        if (code.isEmpty()) {
            return code;
        }
        String iso3 = customsCodes.get(code);
        if (iso3 == null) {
            fields.fail(COUNTRY, Messages.get("trade.error.unknownCustomsCountry", code));
            return code;
        }
        if (iso3.isEmpty()) {
            return Country.REST_OF_WORLD;
        }
        if (!knownCountries.contains(iso3)) {
            fields.fail(COUNTRY, Messages.get("import.error.unknownCountry", iso3));
        }
        return iso3;
    }

    /** The flow of one period (the year, or a month); a month with nothing in it is not a flow. */
    private static void addFlow(List<TradeFlow> flows, Fields fields, String period, Integer month,
            TradeFlow.Direction direction, int year, String code, String partner, Units.Conversion unit1,
            Units.Conversion unit2) {
        Double quantity1 = fields.amount("Quantity1-" + period);
        Double quantity2 = fields.amount("Quantity2-" + period);
        Double value = fields.amount("Value-" + period);
        boolean empty = isZero(quantity1) && isZero(quantity2) && isZero(value);
        if (month != null && empty) {
            return;
        }
        flows.add(new TradeFlow(Country.JAPAN, partner, direction, TradeFlow.JAPAN_NINE_DIGIT, code, year, month,
                value, 1000, "JPY", scaled(quantity1, unit1), unit1.unit(), scaled(quantity2, unit2), unit2.unit()));
    }

    private static boolean isZero(Double amount) {
        return amount == null || amount == 0;
    }

    private static Double scaled(Double quantity, Units.Conversion unit) {
        return quantity == null || unit.unit().isEmpty() ? null : quantity * unit.factor();
    }
}
