package tenken.views.export;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tenken.assets.Messages;
import tenken.graph.bench.NetworkGenerator;
import tenken.graph.bench.NetworkSize;
import tenken.store.model.Catalogue;
import tenken.store.progress.ProgressMonitor;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.model.SupplyNetworks;
import tenken.views.picture.Emphasis;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.PictureStyle;
import tenken.views.picture.SupplyNetwork;

/**
 * Times exporting a 2,000-node chokepoint graph (the graph engine's synthetic network: 1,850 items and
 * 150 countries) to SVG, PDF and PowerPoint. Not a unit test: run it on the machine whose times matter,
 *
 * <pre>mvn -B -q -pl views -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Djava.awt.headless=true -cp "views/target/test-classes:views/target/classes:$(cat views/target/cp.txt)" \
 *     tenken.views.export.ExportBenchmark [rounds [warm-up|cold [FORMAT,…]]]</pre>
 *
 * Each format is written once cold (first use: class loading, font parsing, JIT) and then {@code rounds}
 * more times; the cold time and the median of the others are printed, with the file size. With
 * {@code warm-up}, the PowerPoint writer is warmed up first, as the window's export dialog does. The
 * formats (default {@code SVG,PDF,PPTX}) are written in the order given: {@code 0 cold PPTX} times the
 * first PowerPoint export of a fresh process, as the packaged app's figures in the README are taken.
 */
public final class ExportBenchmark {

    static final NetworkSize SIZE = new NetworkSize(1_850, 4, 150, 10, 20);

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Messages.setLocale(Messages.JAPANESE);
        Path dir = Files.createTempDirectory("tenken-export-bench");

        long start = System.nanoTime();
        Catalogue catalogue = new NetworkGenerator(42).generate(SIZE);
        AnalysisSnapshot analysis = AnalysisSnapshot.of(catalogue);
        SupplyNetwork network = SupplyNetworks.of(analysis, "WLD");
        print("network", start, network.nodes().size() + " nodes, " + network.edges().size() + " edges");

        start = System.nanoTime();
        GraphPicture picture = ExportPictures.graph(network, Emphasis.NONE, PictureStyle.PRINT, "benchmark", "2,000 nodes",
                ProgressMonitor.NONE);
        print("layout + picture", start, String.format(Locale.ROOT, "%.0f × %.0f units",
                picture.maxX() - picture.minX(), picture.maxY() - picture.minY()));
        Page page = Page.of(picture, new ExportStamp(LocalDate.now(), Optional.of("取扱注意")));
        if (args.length > 1 && args[1].equals("warm-up")) {
            // As the window does while its export dialog is open.
            start = System.nanoTime();
            PptxRenderer.warmUp();
            print("PPTX warm-up", start, "in the background while the dialog is open");
        }

        List<ExportFormat> formats = args.length > 2
                ? java.util.Arrays.stream(args[2].split(",")).map(ExportFormat::valueOf).toList()
                : List.of(ExportFormat.SVG, ExportFormat.PDF, ExportFormat.PPTX);
        for (ExportFormat format : formats) {
            Path file = dir.resolve("bench." + format.extension());
            long[] times = new long[rounds + 1];
            for (int round = 0; round <= rounds; round++) {
                long t = System.nanoTime();
                try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
                    PictureExporter.DEFAULT.write(List.of(page), format, out);
                }
                times[round] = System.nanoTime() - t;
            }
            long[] warm = java.util.Arrays.copyOfRange(times, 1, times.length);
            java.util.Arrays.sort(warm);
            System.out.printf(Locale.ROOT, "%-5s cold %6.0f ms   warm median %6.0f ms   %,d bytes%n", format,
                    times[0] / 1e6, warm.length == 0 ? Double.NaN : warm[warm.length / 2] / 1e6, Files.size(file));
        }
        System.out.println("files in " + dir);
    }

    private static void print(String step, long start, String detail) {
        System.out.printf(Locale.ROOT, "%-17s %6.0f ms   %s%n", step, (System.nanoTime() - start) / 1e6, detail);
    }
}
