package tenken.store.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tenken.assets.Messages;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.model.NameLookup;
import tenken.store.model.ShareQuality;
import tenken.store.model.Stage;
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

    /** A file with more problems than this is refused after listing these many. */
    public static final int MAX_PROBLEMS = 1_000;

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private SharesCsv() {
    }

    /** What {@link #read} needs to know of the store: the names and the countries. */
    public record Vocabulary(NameLookup names, List<Material> materials, List<Stage> stages,
            Map<String, Country> countries) {
    }

    /**
     * Reads and validates every row, handing each sound row to {@code sink} while the file is still
     * without problems; all problems in the file (up to {@link #MAX_PROBLEMS}) are collected before
     * any is reported. Memory stays bounded by the number of distinct (material, stage, consumer,
     * year, supplier) rows, each kept as one packed {@code long}.
     *
     * @return the number of rows and of groups read
     * @throws ImportException listing every problem, when there is any
     */
    public static long[] read(String file, CsvReader csv, Vocabulary vocabulary, Consumer<SupplyShare> sink,
            Runnable everyFiveHundredRows) {
        List<ImportProblem> problems = csv.problems();
        Codes codes = new Codes(vocabulary);
        Map<String, String> materials = new HashMap<>();
        Map<String, String> stages = new HashMap<>();
        LongSet seen = new LongSet();
        Map<Long, double[]> groups = new HashMap<>();
        long lastGroup = -1;
        double[] lastTally = null;
        Map<Long, SupplyShare.GroupKey> groupNames = new HashMap<>();
        long rows = 0;
        for (CsvReader.Row row = csv.next(); row != null && problems.size() < MAX_PROBLEMS; row = csv.next()) {
            if (++rows % 500 == 0) {
                everyFiveHundredRows.run();
            }
            RowReader reader = new RowReader(file, row, problems);
            String material = reader.material(MATERIAL, vocabulary.names(), materials);
            String stage = reader.stage(STAGE, vocabulary.names(), stages);
            String supplier = reader.country(COUNTRY, vocabulary.countries(), Country.WORLD,
                    "import.error.aggregateSupplier");
            String consumer = row.get(CONSUMER).isEmpty() ? Country.WORLD
                    : reader.country(CONSUMER, vocabulary.countries(), Country.REST_OF_WORLD,
                            "import.error.restOfWorldConsumer");
            Double share = reader.fraction(SHARE);
            Integer year = reader.integer(YEAR, MIN_YEAR, MAX_YEAR);
            String source = reader.text(SOURCE, true);
            String basis = reader.text(BASIS, false);
            String quality = reader.quality(QUALITY);
            String note = reader.text(NOTE, false);
            if (!reader.ok()) {
                continue;
            }
            long code = codes.group(material, stage, consumer, year);
            if (!seen.add(code << Codes.COUNTRY_BITS | codes.country(supplier))) {
                reader.fail(COUNTRY, Messages.get("import.error.duplicate", supplier));
                continue;
            }
            // Files list a group's rows together, so the previous row's tally is usually the one.
            if (code != lastGroup) {
                long group = Codes.spread(code);
                lastTally = groups.get(group);
                if (lastTally == null) {
                    lastTally = new double[] {0, row.line()};
                    groups.put(group, lastTally);
                    groupNames.put(group, new SupplyShare.GroupKey(material, stage, consumer, year));
                }
                lastGroup = code;
            }
            lastTally[0] += share;
            if (problems.isEmpty()) {
                sink.accept(new SupplyShare(material, stage, consumer, supplier, share, year, source, basis, quality,
                        note));
            }
        }
        if (problems.size() >= MAX_PROBLEMS) {
            problems.add(new ImportProblem(file, problems.get(problems.size() - 1).line(), Messages.get("import.field.file"),
                    Messages.get("import.error.tooManyProblems", MAX_PROBLEMS)));
        }
        groups.forEach((group, tally) -> {
            if (tally[0] > SUM_TOLERANCE) {
                SupplyShare.GroupKey key = groupNames.get(group);
                problems.add(new ImportProblem(file, (long) tally[1], SHARE, Messages.get("import.error.sumOverOne",
                        key.material(), key.stage(), key.consumer(), String.valueOf(key.year()),
                        String.format(java.util.Locale.ROOT, "%.4f", tally[0]), String.valueOf(SUM_TOLERANCE))));
            }
        });
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(ImportProblem::line));
            throw new ImportException(problems);
        }
        return new long[] {rows, groups.size()};
    }

    /**
     * Packs a row's identity into a long: material (24 bits), stage (8), consumer (10), year - 1900
     * (8), supplier (10), each the index of the resolved key in the store's vocabulary.
     */
    private static final class Codes {
        static final int COUNTRY_BITS = 10;

        private final Map<String, Integer> materials = new HashMap<>();
        private final Map<String, Integer> stages = new HashMap<>();
        private final Map<String, Integer> countries = new HashMap<>();

        Codes(Vocabulary vocabulary) {
            vocabulary.materials().forEach(m -> materials.put(m.key(), materials.size()));
            vocabulary.stages().forEach(s -> stages.put(s.key(), stages.size()));
            vocabulary.countries().keySet().stream().sorted().forEach(c -> countries.put(c, countries.size()));
            if (materials.size() >= 1 << 24 || stages.size() >= 1 << 8 || countries.size() >= 1 << COUNTRY_BITS) {
                throw new IllegalStateException("vocabulary too large to pack: " + materials.size() + " materials, "
                        + stages.size() + " stages, " + countries.size() + " countries");
            }
        }

        long group(String material, String stage, String consumer, int year) {
            return ((long) materials.get(material) << 26) | ((long) stages.get(stage) << 18)
                    | ((long) countries.get(consumer) << 8) | (year - MIN_YEAR);
        }

        /**
         * Multiplies by an odd constant (a bijection on 64 bits, so distinct codes stay distinct):
         * packed codes differ in few bits, and {@link Long#hashCode} would pile them into few buckets.
         */
        static long spread(long code) {
            return code * 0x9E3779B97F4A7C15L;
        }

        long country(String iso3) {
            return countries.get(iso3);
        }
    }
}
