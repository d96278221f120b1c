package tenken.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import tenken.views.model.Screen;

/**
 * The packaging's training run ({@code --training-run DIR}, hidden): does once what a user does first, so
 * that the JVM records the classes it loads into the app image's class-data-sharing archive (app/pom.xml,
 * profile {@code package}). It opens the window on the overview, waits for its data, then exports one
 * picture of each format and the graph files through the command line into {@code DIR}, and closes.
 *
 * <p>Where no window can open (no display on the build machine), it says so and still runs the
 * exports: the archive then covers the command line and the writers but not the window, and the build
 * does not fail.
 */
final class TrainingRun {

    /** The semiconductor supply chain: the seeded material with the largest graph. */
    private static final String MATERIAL = "semiconductors";

    private static final List<List<String>> EXPORTS = List.of(
            List.of("export-graph", "--material", MATERIAL, "--out", "graph.png"),
            List.of("export-graph", "--material", MATERIAL, "--out", "graph.svg"),
            List.of("export-graph", "--material", MATERIAL, "--out", "graph.pdf"),
            List.of("export-graph", "--material", MATERIAL, "--out", "graph.pptx"),
            List.of("export-graph", "--material", MATERIAL, "--consumer", "JPN", "--out", "graph.graphml"),
            List.of("export-graph", "--material", MATERIAL, "--consumer", "JPN", "--out", "graph.gexf"),
            List.of("export-chart", "--material", MATERIAL, "--consumer", "JPN", "--out", "chart.pptx"),
            List.of("analyze", "--consumer", "JPN", "--out", "analysis.xlsx"),
            List.of("assessment", "export", "--material", MATERIAL, "--out", "briefing.pdf"));

    private final Path database;
    private final Path directory;
    private final WindowLauncher windows;

    TrainingRun(Path database, Path directory, WindowLauncher windows) {
        this.database = database;
        this.directory = directory;
        this.windows = windows;
    }

    int run() {
        boolean[] exported = {false};
        try {
            windows.open(new StartOptions(database, true, false, Screen.OVERVIEW, false, false, null,
                    () -> exported[0] = exportAll()));
        } catch (RuntimeException noWindow) {
            System.out.println("training run: no window (" + noWindow.getMessage() + "); exports only");
        }
        if (!exported[0]) {
            exported[0] = exportAll();
        }
        return exported[0] ? TenkenCli.OK : TenkenCli.BAD_INPUT;
    }

    /** Every export, in this process; true when all succeeded. */
    private boolean exportAll() {
        boolean allDone = true;
        for (List<String> export : EXPORTS) {
            List<String> args = new java.util.ArrayList<>(List.of("--db", database.toString()));
            args.addAll(export);
            int out = args.indexOf("--out") + 1;
            args.set(out, directory.resolve(args.get(out)).toString());
            StringWriter errors = new StringWriter();
            int status = TenkenCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(errors, true), windows)
                    .execute(args.toArray(String[]::new));
            System.out.println("training run: " + String.join(" ", export) + " -> " + status);
            if (status != TenkenCli.OK) {
                System.out.println(errors);
                allDone = false;
            }
        }
        return allDone;
    }
}
