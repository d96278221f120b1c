package tenken.store.csv;

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
     * any is reported. Memory stays bounded by the number of (material, stage, consumer, year) groups,
     * each with a bit per country for the suppliers it has had.
     *
     * @return the number of rows and of groups read
     * @throws ImportException listing every problem, when there is any
     */
    public static long[] read(String file, CsvReader csv, Vocabulary vocabulary, Consumer<SupplyShare> sink,
            Runnable everyFiveHundredRows) {
        List<ImportProblem> problems = csv.problems();
        Codes codes = new Codes(vocabulary);
        Map<String, String> materialNames = new HashMap<>();
        Map<String, String> stageNames = new HashMap<>();
        CheckedColumn<Coded> materials = new CheckedColumn<>(csv, MATERIAL,
                r -> codes.materials.get(r.material(MATERIAL, vocabulary.names(), materialNames)));
        CheckedColumn<Coded> stages = new CheckedColumn<>(csv, STAGE,
                r -> codes.stages.get(r.stage(STAGE, vocabulary.names(), stageNames)));
        CheckedColumn<Coded> suppliers = new CheckedColumn<>(csv, COUNTRY, r -> codes.countries.get(
                r.country(COUNTRY, vocabulary.countries(), Country.WORLD, "import.error.aggregateSupplier")));
        CheckedColumn<Coded> consumers = new CheckedColumn<>(csv, CONSUMER, r -> codes.countries.get(
                r.optional(CONSUMER).isEmpty() ? Country.WORLD : r.country(CONSUMER, vocabulary.countries(),
                        Country.REST_OF_WORLD, "import.error.restOfWorldConsumer")));
        CheckedColumn<Double> shares = new CheckedColumn<>(csv, SHARE, r -> r.fraction(SHARE));
        CheckedColumn<Integer> years = new CheckedColumn<>(csv, YEAR, r -> r.integer(YEAR, MIN_YEAR, MAX_YEAR));
        CheckedColumn<String> sources = new CheckedColumn<>(csv, SOURCE, r -> r.text(SOURCE, true));
        CheckedColumn<String> bases = new CheckedColumn<>(csv, BASIS, r -> r.text(BASIS, false));
        CheckedColumn<String> qualities = new CheckedColumn<>(csv, QUALITY, r -> r.quality(QUALITY));
        CheckedColumn<String> notes = new CheckedColumn<>(csv, NOTE, r -> r.text(NOTE, false));
        Map<Long, Group> groups = new HashMap<>();
        long lastCode = -1;
        Group last = null;
        long rows = 0;
        for (CsvReader.Row row = csv.next(); row != null && problems.size() < MAX_PROBLEMS; row = csv.next()) {
            if (++rows % 500 == 0) {
                everyFiveHundredRows.run();
            }
            RowReader reader = new RowReader(file, row, problems);
            Coded material = materials.value(row, reader);
            Coded stage = stages.value(row, reader);
            Coded supplier = suppliers.value(row, reader);
            Coded consumer = consumers.value(row, reader);
            Double share = shares.value(row, reader);
            Integer year = years.value(row, reader);
            String source = sources.value(row, reader);
            String basis = bases.value(row, reader);
            String quality = qualities.value(row, reader);
            String note = notes.value(row, reader);
            if (!reader.ok()) {
                continue;
            }
            long code = Codes.group(material, stage, consumer, year);
            // Files list a group's rows together, so the previous row's group is usually the one.
            if (code != lastCode) {
                Long key = Codes.spread(code);
                last = groups.get(key);
                if (last == null) {
                    last = new Group(new SupplyShare.GroupKey(material.key(), stage.key(), consumer.key(), year),
                            row.line(), codes.countries.size());
                    groups.put(key, last);
                }
                lastCode = code;
            }
            if (!last.addSupplier(supplier.index())) {
                reader.fail(COUNTRY, Messages.get("import.error.duplicate", supplier.key()));
                continue;
            }
            last.sum += share;
            if (problems.isEmpty()) {
                sink.accept(new SupplyShare(material.key(), stage.key(), consumer.key(), supplier.key(), share, year,
                        source, basis, quality, note));
            }
        }
        if (problems.size() >= MAX_PROBLEMS) {
            problems.add(new ImportProblem(file, problems.get(problems.size() - 1).line(), Messages.get("import.field.file"),
                    Messages.get("import.error.tooManyProblems", MAX_PROBLEMS)));
        }
        groups.values().forEach(group -> {
            if (group.sum > SUM_TOLERANCE) {
                SupplyShare.GroupKey key = group.key;
                problems.add(new ImportProblem(file, group.firstLine, SHARE, Messages.get("import.error.sumOverOne",
                        key.material(), key.stage(), key.consumer(), String.valueOf(key.year()),
                        String.format(java.util.Locale.ROOT, "%.4f", group.sum), String.valueOf(SUM_TOLERANCE))));
            }
        });
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(ImportProblem::line));
            throw new ImportException(problems);
        }
        return new long[] {rows, groups.size()};
    }

    /** A material, stage or country key and its index in the store's vocabulary. */
    private record Coded(String key, int index) {
    }

    /**
     * The rows of one (material, stage, consumer, year) so far: their sum, the line of the first, and
     * which suppliers they named (a bit per country index), since a supplier may come once per group.
     */
    private static final class Group {
        final SupplyShare.GroupKey key;
        final long firstLine;
        final long[] suppliers;
        double sum;

        Group(SupplyShare.GroupKey key, long firstLine, int countries) {
            this.key = key;
            this.firstLine = firstLine;
            this.suppliers = new long[(countries + 63) / 64];
        }

        /** False when the supplier was already there. */
        boolean addSupplier(int country) {
            long bit = 1L << country;
            long had = suppliers[country >>> 6];
            suppliers[country >>> 6] = had | bit;
            return (had & bit) == 0;
        }
    }

    /**
     * The store's materials, stages and countries with their indices, and a group's identity packed
     * into a long from them: material (24 bits), stage (8), consumer (10), year - 1900 (8).
     */
    private static final class Codes {
        private static final int COUNTRY_BITS = 10;

        final Map<String, Coded> materials = new HashMap<>();
        final Map<String, Coded> stages = new HashMap<>();
        final Map<String, Coded> countries = new HashMap<>();

        Codes(Vocabulary vocabulary) {
            vocabulary.materials().forEach(m -> materials.put(m.key(), new Coded(m.key(), materials.size())));
            vocabulary.stages().forEach(s -> stages.put(s.key(), new Coded(s.key(), stages.size())));
            vocabulary.countries().keySet().stream().sorted()
                    .forEach(c -> countries.put(c, new Coded(c, countries.size())));
            if (materials.size() >= 1 << 24 || stages.size() >= 1 << 8 || countries.size() >= 1 << COUNTRY_BITS) {
                throw new IllegalStateException("vocabulary too large to pack: " + materials.size() + " materials, "
                        + stages.size() + " stages, " + countries.size() + " countries");
            }
        }

        static long group(Coded material, Coded stage, Coded consumer, int year) {
            return ((long) material.index() << 26) | ((long) stage.index() << 18) | ((long) consumer.index() << 8)
                    | (year - MIN_YEAR);
        }

        /**
         * Multiplies by an odd constant (a bijection on 64 bits, so distinct codes stay distinct):
         * packed codes differ in few bits, and {@link Long#hashCode} would pile them into few buckets.
         */
        static long spread(long code) {
            return code * 0x9E3779B97F4A7C15L;
        }
    }
}
