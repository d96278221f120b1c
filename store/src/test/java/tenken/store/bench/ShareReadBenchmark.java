package tenken.store.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tenken.assets.Messages;
import tenken.store.csv.CsvReader;
import tenken.store.csv.ImportProblem;
import tenken.store.csv.SharesCsv;
import tenken.store.csv.TextDecoder;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Catalogue;
import tenken.store.repo.CatalogueRepository;

/**
 * Times the reading half of a share import on its own: deciding the encoding as the importer does for a
 * shares file ({@link TextDecoder#guess}), the strict reader, {@link CsvReader} and {@link SharesCsv#read}
 * with every check, handing the rows to a sink that only counts them (no SQLite, no writer thread). The
 * file is the one {@code store/bench/import.sh ROWS} generates (same rows, same bytes), or one given.
 * Not a unit test: run it on the machine whose figures matter,
 *
 * <pre>mvn -B -q -pl store -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "store/target/test-classes:store/target/classes:$(cat store/target/cp.txt)" \
 *     tenken.store.bench.ShareReadBenchmark [--rows 1000000] [--file shares.csv] [--runs 7] [--pass import]</pre>
 *
 * {@code --pass csv} times the CSV reading alone ({@link CsvReader}'s rows, no checks), and {@code --pass
 * commons} a bare Apache Commons CSV pass over the same decoded text (the library the reading used before
 * {@code CsvLexer}), for comparison.
 *
 * Prints one line per run, {@code rows=N seconds=S rows_per_s=R cpu_seconds=C}, then the median of the
 * runs after the first (a JIT warm-up). The reading thread's CPU time ({@link ThreadMXBean}) is the figure
 * to compare on a shared machine: other processes stretch the wall time, not the CPU time.
 */
public final class ShareReadBenchmark {

    private static final String SOURCE = "USGS Mineral Commodity Summaries 2025, synthetic benchmark row";

    private ShareReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long rows = 1_000_000;
        Path file = null;
        int runs = 7;
        String pass = "import";
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[i + 1]);
                case "--file" -> file = Path.of(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--pass" -> pass = args[i + 1];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        Messages.setLocale(Messages.ENGLISH);
        Path dir = Files.createTempDirectory("tenken-share-read-bench");
        try {
            if (file == null) {
                file = dir.resolve("shares.csv");
                generate(rows, file);
            }
            System.out.printf(Locale.ROOT, "file=%s bytes=%d pass=%s%n", file, Files.size(file), pass);
            SharesCsv.Vocabulary vocabulary = vocabulary(dir.resolve("bench.db"));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] cpu = new double[runs];
            double[] wall = new double[runs];
            long read = 0;
            for (int run = 0; run < runs; run++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                read = switch (pass) {
                    case "import" -> read(file, vocabulary);
                    case "csv" -> csvRows(file);
                    case "commons" -> commonsRecords(file);
                    default -> throw new IllegalArgumentException("--pass import|csv|commons, not " + pass);
                };
                wall[run] = (System.nanoTime() - wall0) / 1e9;
                cpu[run] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                System.out.printf(Locale.ROOT, "run=%d rows=%d seconds=%.3f rows_per_s=%.0f cpu_seconds=%.3f%n", run + 1,
                        read, wall[run], read / wall[run], cpu[run]);
            }
            if (runs > 1) {
                double medianWall = median(Arrays.copyOfRange(wall, 1, runs));
                double medianCpu = median(Arrays.copyOfRange(cpu, 1, runs));
                System.out.printf(Locale.ROOT, "median of runs 2-%d: rows=%d seconds=%.3f rows_per_s=%.0f cpu_seconds=%.3f"
                        + " cpu_seconds_per_million_rows=%.3f%n", runs, read, medianWall, read / medianWall, medianCpu,
                        medianCpu * 1e6 / read);
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The importer's reading of a shares file, to the sink; returns the rows the sink received. */
    private static long read(Path file, SharesCsv.Vocabulary vocabulary) throws IOException {
        String name = file.toString();
        TextDecoder.ByteSource source = () -> new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        TextDecoder.Decision decision = TextDecoder.guess(name, source, null);
        List<ImportProblem> problems = new ArrayList<>();
        long[] received = new long[1];
        try (TextDecoder.CheckedReader reader = TextDecoder.checkedReader(source, decision);
                CsvReader csv = CsvReader.open(name, reader, SharesCsv.REQUIRED, SharesCsv.HEADER, problems)) {
            if (csv == null) {
                throw new IllegalStateException("header refused: " + problems);
            }
            SharesCsv.read(name, csv, vocabulary, share -> received[0]++, () -> { });
        }
        return received[0];
    }

    /** The rows of the file as {@link CsvReader} reads them, unchecked. */
    private static long csvRows(Path file) throws IOException {
        long rows = 0;
        List<ImportProblem> problems = new ArrayList<>();
        try (Reader reader = decoded(file);
                CsvReader csv = CsvReader.open(file.toString(), reader, SharesCsv.REQUIRED, SharesCsv.HEADER, problems)) {
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                rows++;
            }
        }
        return rows;
    }

    /** The records of the file as Apache Commons CSV reads them with the format the import used before, header included. */
    private static long commonsRecords(Path file) throws IOException {
        long records = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(false).build();
        try (Reader reader = decoded(file); org.apache.commons.csv.CSVParser parser = format.parse(reader)) {
            for (CSVRecord record : parser) {
                records++;
            }
        }
        return records;
    }

    private static Reader decoded(Path file) {
        TextDecoder.ByteSource source = () -> new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return TextDecoder.checkedReader(source, TextDecoder.guess(file.toString(), source, null));
    }

    /** The vocabulary of a freshly seeded database: the shipped materials, stages and countries. */
    private static SharesCsv.Vocabulary vocabulary(Path database) {
        Catalogue known = new CatalogueRepository(TenkenDatabase.open(database)).loadVocabulary();
        return new SharesCsv.Vocabulary(known.names(), known.materials(), known.stages(), known.countriesByIso3());
    }

    /** The rows of {@code store/bench/import.sh}: consumers × years × materials × stages × 50 suppliers of 0.02. */
    private static void generate(long rows, Path out) throws IOException {
        List<String> materials = seed("materials.csv").stream().map(r -> r.get("key")).toList();
        List<String> stages = seed("stages.csv").stream().map(r -> r.get("key")).toList();
        List<String> countries = seed("countries.csv").stream().filter(r -> r.get("aggregate").equals("0"))
                .map(r -> r.get("iso3")).toList();
        List<String> suppliers = countries.subList(0, 50);
        List<String> consumers = new ArrayList<>(List.of("WLD"));
        consumers.addAll(countries);
        long n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("material,stage,country_iso3,share,year,source,consumer_iso3\n");
            for (String consumer : consumers) {
                for (int year = 1900; year <= 2100; year++) {
                    for (String material : materials) {
                        for (String stage : stages) {
                            for (String supplier : suppliers) {
                                if (n++ == rows) {
                                    return;
                                }
                                w.write(String.join(",", quoted(material), quoted(stage), supplier, "0.02",
                                        String.valueOf(year), quoted(SOURCE), consumer));
                                w.write('\n');
                            }
                        }
                    }
                }
            }
        }
    }

    /** As Python's csv writer quotes (QUOTE_MINIMAL). */
    private static String quoted(String field) {
        if (field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static List<CSVRecord> seed(String name) throws IOException {
        try (InputStream in = Messages.class.getResourceAsStream("/tenken/assets/seed/" + name);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
