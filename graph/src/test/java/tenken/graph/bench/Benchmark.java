package tenken.graph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import tenken.graph.concentration.Concentration;
import tenken.graph.concentration.ConcentrationAnalysis;
import tenken.graph.concentration.Thresholds;
import tenken.graph.lookthrough.LookThroughNetwork;
import tenken.graph.lookthrough.SweepResult;
import tenken.graph.network.SupplyData;
import tenken.store.io.CatalogueExporter;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;

/**
 * The Java side of {@code graph/bench/run.sh}: generates a network of {@code --size} × the target size,
 * writes it in Tenken's import formats for the NetworkX reference, times the full concentration analysis
 * and the all-country sweep (best of {@code --repeats}, the first run included as JIT warm-up), and writes
 * the results for comparison.
 *
 * <pre>java -cp ... tenken.graph.bench.Benchmark --size 1 --out DIR [--repeats 7] [--seed 20240501] [--consumer JPN]</pre>
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        double factor = 1;
        Path out = null;
        int repeats = 7;
        long seed = 20240501;
        String consumer = Country.JAPAN;
        double fraction = 1.0;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--size" -> factor = Double.parseDouble(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--repeats" -> repeats = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--consumer" -> consumer = args[i + 1];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        Files.createDirectories(out);

        NetworkSize size = NetworkSize.TARGET.scaled(factor);
        Catalogue catalogue = new NetworkGenerator(seed).generate(size);
        writeNetwork(catalogue, out, consumer, fraction, size);

        Thresholds thresholds = Thresholds.from(catalogue);
        List<Double> analysisMs = new ArrayList<>();
        List<Double> compileMs = new ArrayList<>();
        List<Double> sweepMs = new ArrayList<>();
        List<Double> sweepCpuMs = new ArrayList<>();
        // Process CPU time, all threads: on a shared machine it shows what the work costs when wall time
        // is inflated by other processes.
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        List<Concentration> concentrations = null;
        SweepResult sweep = null;
        for (int run = 0; run < repeats; run++) {
            long t0 = System.nanoTime();
            SupplyData data = SupplyData.of(catalogue);
            concentrations = new ConcentrationAnalysis(data, thresholds).all();
            long t1 = System.nanoTime();
            LookThroughNetwork network = LookThroughNetwork.compile(data);
            long t2 = System.nanoTime();
            long cpu2 = os.getProcessCpuTime();
            sweep = network.sweep(consumer, fraction);
            long t3 = System.nanoTime();
            sweepCpuMs.add((os.getProcessCpuTime() - cpu2) / 1e6);
            analysisMs.add((t1 - t0) / 1e6);
            compileMs.add((t2 - t1) / 1e6);
            sweepMs.add((t3 - t2) / 1e6);
        }
        writeConcentrations(concentrations, out.resolve("java_concentration.csv"));
        writeSweep(sweep, out.resolve("java_sweep.csv"));

        double analysis = Collections.min(analysisMs);
        double compile = Collections.min(compileMs);
        double sweepOnly = Collections.min(sweepMs);
        double total = analysis + compile + sweepOnly;
        System.out.printf(Locale.ROOT, "java: %s, %d share rows, %d groups, %d cut countries x %d items, %d cores,"
                + " load average %.2f%n", size, catalogue.shares().size(), concentrations.size(),
                sweep.countries().size(), sweep.items().size(), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "java: best of %d: analysis %.1f ms, compile %.1f ms, sweep %.1f ms"
                + " (CPU time of the sweep, all threads: best %.1f ms); first (cold) run: analysis %.1f ms,"
                + " compile %.1f ms, sweep %.1f ms%n", repeats, analysis, compile, sweepOnly,
                Collections.min(sweepCpuMs), analysisMs.get(0), compileMs.get(0), sweepMs.get(0));
        Files.writeString(out.resolve("java_timing.json"), String.format(Locale.ROOT,
                "{\"analysis_ms\": %.3f, \"compile_ms\": %.3f, \"sweep_ms\": %.3f, \"total_ms\": %.3f,"
                        + " \"cold_total_ms\": %.3f}%n",
                analysis, compile, sweepOnly, total, analysisMs.get(0) + compileMs.get(0) + sweepMs.get(0)));
    }

    private static void writeNetwork(Catalogue catalogue, Path out, String consumer, double fraction, NetworkSize size)
            throws IOException {
        try (Writer writer = Files.newBufferedWriter(out.resolve("shares.csv"), StandardCharsets.UTF_8)) {
            CatalogueExporter.writeShares(catalogue, writer);
        }
        try (Writer writer = Files.newBufferedWriter(out.resolve("inputs.csv"), StandardCharsets.UTF_8)) {
            CatalogueExporter.writeInputs(catalogue, writer);
        }
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out.resolve("countries.csv"),
                StandardCharsets.UTF_8))) {
            writer.println("iso3,aggregate");
            catalogue.countries().forEach(c -> writer.println(c.iso3() + "," + (c.aggregate() ? 1 : 0)));
        }
        Thresholds thresholds = Thresholds.from(catalogue);
        Files.writeString(out.resolve("meta.json"), String.format(Locale.ROOT,
                "{\"consumer\": \"%s\", \"fraction\": %s, \"critical\": %s, \"high\": %s, \"minimum_named\": %s,"
                        + " \"tolerance\": %s, \"items\": %d, \"tiers\": %d, \"countries\": %d}%n",
                consumer, fraction, thresholds.critical(), thresholds.high(), Thresholds.MINIMUM_NAMED_SHARE,
                Thresholds.TOLERANCE, size.items(), size.tiers(), size.countries()));
    }

    private static void writeConcentrations(List<Concentration> concentrations, Path file) throws IOException {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            writer.println("material,stage,consumer,year,top_country,top_share,top3_share,hhi,suppliers,level");
            for (Concentration c : concentrations) {
                writer.println(String.join(",", c.item().material(), c.item().stage(), c.consumer(),
                        String.valueOf(c.year()), c.topCountry() == null ? "" : c.topCountry(),
                        Double.toString(c.topShare()), Double.toString(c.top3Share()), Double.toString(c.hhi()),
                        String.valueOf(c.suppliers()), c.level().key()));
            }
        }
    }

    private static void writeSweep(SweepResult sweep, Path file) throws IOException {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            writer.println("country,material,stage,loss");
            for (int c = 0; c < sweep.countries().size(); c++) {
                for (int j = 0; j < sweep.items().size(); j++) {
                    writer.println(sweep.countries().get(c) + "," + sweep.items().get(j).material() + ","
                            + sweep.items().get(j).stage() + "," + sweep.loss(c, j));
                }
            }
        }
    }
}
