package tenken.store.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tenken.assets.Messages;
import tenken.store.progress.ProgressMonitor;

/**
 * The CSV of the UN Comtrade data API and bulk download: {@code refYear}, {@code reporterISO},
 * {@code flowCode} (M import, X export), {@code partnerISO}, {@code cmdCode}, {@code primaryValue} (US
 * dollars), and where given {@code freqCode}/{@code refMonth}, {@code qtyUnitAbbr}/{@code qty} and
 * {@code netWgt} (kg).
 *
 * <p>Kept: imports and exports at six digits between the reporter and one partner, totals over the second
 * partner, the transport mode and the customs procedure. Not kept: partner {@code W00} (World), which is the
 * total of the partners and never a partner itself; re-imports, re-exports and other flow codes; chapter and
 * heading totals (codes of fewer than six digits), which would count the same goods twice.
 */
final class ComtradeReader {

    static final String YEAR = "refYear";
    static final String REPORTER = "reporterISO";
    static final String FLOW = "flowCode";
    static final String PARTNER = "partnerISO";
    static final String CODE = "cmdCode";
    static final String VALUE = "primaryValue";
    static final List<String> REQUIRED = List.of(YEAR, REPORTER, FLOW, PARTNER, CODE, VALUE);

    static final String WORLD = "W00";
    /** Comtrade's "Other Asia, nes", which the UN Statistics Division uses for Taiwan. */
    private static final Map<String, String> SPECIAL_CODES = Map.of("S19", "TWN");

    private ComtradeReader() {
    }

    static ParsedFile read(String file, CountingReader reader, Set<String> knownCountries, ProgressMonitor monitor) {
        Problems problems = new Problems(file);
        List<TradeFlow> flows = new ArrayList<>();
        long rows = CsvRows.stream(file, reader, REQUIRED, row -> {
            Fields fields = new Fields(row, problems);
            if (!isTotalOverBreakdowns(fields)) {
                return;
            }
            String flowCode = fields.required(FLOW).toUpperCase(Locale.ROOT);
            TradeFlow.Direction direction = switch (flowCode) {
                case "M" -> TradeFlow.Direction.IMPORT;
                case "X" -> TradeFlow.Direction.EXPORT;
                default -> null;
            };
            String partnerCode = fields.required(PARTNER).toUpperCase(Locale.ROOT);
            String code = fields.required(CODE);
            int year = fields.year(YEAR);
            String reporter = country(fields, REPORTER, fields.required(REPORTER), knownCountries);
            if (direction == null || WORLD.equals(partnerCode) || !code.matches("\\d{6}")) {
                return;
            }
            String partner = country(fields, PARTNER, partnerCode, knownCountries);
            Integer month = month(fields);
            Double value = fields.amount(VALUE);
            String unit = fields.text("qtyUnitAbbr");
            Units.Conversion conversion = Units.of(unit);
            Double quantity = fields.amount("qty");
            Double netWeight = fields.amount("netWgt");
            if (fields.ok()) {
                boolean hasUnit = !unit.isEmpty() && !"N/A".equalsIgnoreCase(unit) && quantity != null;
                flows.add(new TradeFlow(reporter, partner, direction, TradeFlow.HS, code, year, month, value, 1, "USD",
                        hasUnit ? quantity * conversion.factor() : null, hasUnit ? conversion.unit() : "",
                        netWeight, netWeight == null ? "" : Units.KILOGRAM));
            }
            if (row.line() % 1_000 == 0) {
                monitor.checkCancelled();
                monitor.progress(reader.consumed(), reader.length());
            }
        });
        monitor.progress(reader.length(), reader.length());
        problems.throwIfAny();
        return new ParsedFile(TradeFormat.COMTRADE, flows, rows);
    }

    /** True for the row that totals the second partner, transport modes and customs procedures (or has none). */
    private static boolean isTotalOverBreakdowns(Fields fields) {
        String partner2 = fields.text("partner2ISO");
        String mode = fields.text("motCode");
        String customs = fields.text("customsCode");
        return (partner2.isEmpty() || WORLD.equalsIgnoreCase(partner2))
                && (mode.isEmpty() || "0".equals(mode))
                && (customs.isEmpty() || "C00".equalsIgnoreCase(customs));
    }

    private static String country(Fields fields, String column, String code, Set<String> knownCountries) {
        if (code.isEmpty()) {
            return code;
        }
        String iso3 = SPECIAL_CODES.getOrDefault(code.toUpperCase(Locale.ROOT), code.toUpperCase(Locale.ROOT));
        if (!knownCountries.contains(iso3)) {
            fields.fail(column, Messages.get("import.error.unknownCountry", code));
        }
        return iso3;
    }

    /** The month of a monthly row ({@code freqCode} M), from {@code refMonth} or the period {@code YYYYMM}. */
    private static Integer month(Fields fields) {
        if (!"M".equalsIgnoreCase(fields.text("freqCode"))) {
            return null;
        }
        String month = fields.text("refMonth");
        if (month.isEmpty() && fields.text("period").length() == 6) {
            month = fields.text("period").substring(4);
        }
        try {
            int number = Integer.parseInt(month);
            if (number >= 1 && number <= 12) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fields.fail("refMonth", Messages.get("trade.error.month", month));
        return null;
    }
}
