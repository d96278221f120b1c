package tenken.store.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tenken.assets.Messages;
import tenken.store.model.Country;
import tenken.store.model.ShareQuality;
import tenken.store.model.SupplyShare;

/**
 * The shares file format, a contract: {@code material,stage,country_iso3,share,year,source} and the
 * optional {@code consumer_iso3} (absent or empty means {@code WLD}, world production), {@code basis},
 * {@code quality} (a {@link ShareQuality} key) and {@code note}.
 */
public final class SharesCsv {

    public static final String MATERIAL = "material";
    public static final String STAGE = "stage";
    public static final String COUNTRY = "country_iso3";
    public static final String SHARE = "share";
    public static final String YEAR = "year";
    public static final String SOURCE = "source";
    public static final String CONSUMER = "consumer_iso3";
    public static final String BASIS = "basis";
    public static final String QUALITY = "quality";
    public static final String NOTE = "note";

    public static final List<String> REQUIRED = List.of(MATERIAL, STAGE, COUNTRY, SHARE, YEAR, SOURCE);
    public static final List<String> HEADER = List.of(MATERIAL, STAGE, COUNTRY, SHARE, YEAR, SOURCE, CONSUMER, BASIS,
            QUALITY, NOTE);

    /** Rounding slack when the shares of one material, stage, consumer and year are added up. */
    public static final double SUM_TOLERANCE = 1.005;

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private SharesCsv() {
    }

    /**
     * Reads and validates every row; all problems in the file are collected before any is reported.
     *
     * @param knownCountries ISO3 codes the store knows (countries and aggregates such as WLD, ROW)
     * @throws ImportException listing every problem, when there is any
     */
    public static List<SupplyShare> read(String file, CsvTable table, Set<String> knownCountries) {
        List<ImportProblem> problems = new ArrayList<>();
        List<SupplyShare> shares = new ArrayList<>();
        Map<SupplyShare.GroupKey, Long> firstLineOfGroup = new LinkedHashMap<>();
        Map<SupplyShare.GroupKey, Double> sumOfGroup = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            RowReader reader = new RowReader(file, row, problems);
            String material = reader.required(MATERIAL);
            String stage = reader.required(STAGE);
            String supplier = reader.country(COUNTRY, knownCountries, true);
            String consumer = row.get(CONSUMER).isEmpty() ? Country.WORLD : reader.country(CONSUMER, knownCountries, false);
            Double share = reader.fraction(SHARE);
            Integer year = reader.integer(YEAR, MIN_YEAR, MAX_YEAR);
            String source = reader.required(SOURCE);
            String quality = reader.quality(QUALITY);
            if (!reader.ok()) {
                continue;
            }
            SupplyShare parsed = new SupplyShare(material, stage, consumer, supplier, share, year, source,
                    row.get(BASIS), quality, row.get(NOTE));
            if (!seen.add(material + "\u0000" + stage + "\u0000" + consumer + "\u0000" + year + "\u0000" + supplier)) {
                problems.add(new ImportProblem(file, row.line(), COUNTRY,
                        Messages.get("import.error.duplicate", supplier)));
                continue;
            }
            firstLineOfGroup.putIfAbsent(parsed.group(), row.line());
            sumOfGroup.merge(parsed.group(), share, Double::sum);
            shares.add(parsed);
        }
        firstLineOfGroup.forEach((group, line) -> {
            double sum = sumOfGroup.get(group);
            if (sum > SUM_TOLERANCE) {
                problems.add(new ImportProblem(file, line, SHARE, Messages.get("import.error.sumOverOne",
                        group.material(), group.stage(), group.consumer(), String.valueOf(group.year()),
                        String.format(java.util.Locale.ROOT, "%.4f", sum), String.valueOf(SUM_TOLERANCE))));
            }
        });
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(ImportProblem::line));
            throw new ImportException(problems);
        }
        return shares;
    }
}
