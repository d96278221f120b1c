package tenken.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;
import tenken.app.cli.StartOptions;
import tenken.assets.BuildInfo;
import tenken.assets.Messages;
import tenken.store.csv.ImportException;
import tenken.store.db.StoreException;
import tenken.store.io.FileWriteException;
import tenken.views.model.Screen;

/**
 * {@code tenken}: with no subcommand it opens the window; with one it runs it headless. The command
 * names, options and output keys are a contract that analysts script against.
 */
@Command(name = "tenken", mixinStandardHelpOptions = true, versionProvider = TenkenCli.Version.class,
        resourceBundle = "tenken.assets.i18n.cli")
public final class TenkenCli implements Callable<Integer> {

    /**
     * The subcommands by the name that runs them (their {@code @Command} name, which a test holds them to), in
     * the order help lists them. Named here so that a command line is built without reading every
     * subcommand's annotations.
     */
    static final List<Map.Entry<String, Class<?>>> SUBCOMMANDS = List.of(
            Map.entry("check", CheckCommand.class),
            Map.entry("materials", MaterialsCommand.class),
            Map.entry("import", ImportCommand.class),
            Map.entry("export", ExportCommand.class),
            Map.entry("assessment", AssessmentCommand.class),
            Map.entry("export-graph", ExportGraphCommand.class),
            Map.entry("export-chart", ExportChartCommand.class),
            Map.entry("analyze", AnalyzeCommand.class),
            Map.entry("scenario", ScenarioCommand.class),
            Map.entry("trade", TradeCommand.class),
            Map.entry("leverage", LeverageCommand.class),
            Map.entry("export-leverage", ExportLeverageCommand.class),
            Map.entry("followup", FollowUpCommand.class));

    /**
     * Exit statuses: 0 done, 1 refused input, 2 usage error (picocli's, and the window asked for where
     * there is no display), 3 database or file failure.
     */
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int NO_DISPLAY = 2;
    public static final int DATABASE_FAILURE = 3;
    /** Not an exit status: the window is open and the JavaFX thread decides when the process ends. */
    public static final int GUI_STARTED = -1;

    private final WindowLauncher windows;

    private TenkenCli(WindowLauncher windows) {
        this.windows = windows;
    }

    @Mixin
    GlobalOptions global;

    @Mixin
    WindowOptions window;

    @Override
    public Integer call() {
        if (!Display.available()) {
            throw new NoDisplayError(Messages.get("cli.window.noDisplay"), null);
        }
        try {
            return openWindow();
        } catch (UnsupportedOperationException e) {
            // JavaFX's own refusal ("Unable to open DISPLAY") when the display named cannot be reached.
            throw new NoDisplayError(Messages.get("cli.window.noDisplay"), e);
        }
    }

    private Integer openWindow() {
        if (window.timingFloor) {
            windows.openTimingFloor();
            return GUI_STARTED;
        }
        if (window.trainingRun != null) {
            return new TrainingRun(global.databaseFile(), window.trainingRun, windows).run();
        }
        Screen screen;
        try {
            screen = window.screen == null ? Screen.OVERVIEW : Screen.named(window.screen);
        } catch (IllegalArgumentException e) {
            throw new UserError(Messages.get("cli.window.unknownScreen", window.screen));
        }
        windows.open(new StartOptions(global.databaseFile(), !global.noSeed, global.timing, screen,
                window.presentation, window.dark, window.material));
        return GUI_STARTED;
    }

    /** Parses and runs {@code args}, returning the exit status (or {@link #GUI_STARTED}). */
    public static int run(String[] args, WindowLauncher windows) {
        Messages.setLocale(Messages.forLanguage(GlobalOptions.languageIn(args)));
        // picocli reads its help texts through the default locale.
        Locale.setDefault(Messages.locale());
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(args, windows, out, err);
    }

    /** {@link #run(String[], WindowLauncher)} printing to {@code out} and {@code err}. */
    static int run(String[] args, WindowLauncher windows, PrintWriter out, PrintWriter err) {
        String language = GlobalOptions.languageIn(args);
        if (!"ja".equalsIgnoreCase(language) && !"en".equalsIgnoreCase(language)) {
            // A language Tenken does not speak is a usage error like any other, not silently Japanese.
            err.println(Messages.get("cli.lang.unknown", language));
            return CommandLine.ExitCode.USAGE;
        }
        return commandLineFor(args, out, err, windows).execute(args);
    }

    /**
     * The command line that runs {@code args}: one built with only the subcommands named among them, when it
     * parses them without a complaint. picocli reads every option of every command by reflection as it builds
     * a command line (for all of Tenken's, more time than a command's own work on a small file), and a
     * subcommand that is not named cannot run; every name that is among the arguments is built, so each word
     * is taken as the whole command line would take it. What needs the other subcommands is left to the whole
     * command line, which answers as it always has: the help of {@code tenken} itself (it lists them), a
     * usage error (its suggestions name them), and an argument file ({@code @FILE}, whose words are not seen
     * here).
     */
    static CommandLine commandLineFor(String[] args, PrintWriter out, PrintWriter err, WindowLauncher windows) {
        List<String> words = Arrays.asList(args);
        if (!argumentFileIn(words)) {
            List<Map.Entry<String, Class<?>>> named = new ArrayList<>();
            for (Map.Entry<String, Class<?>> subcommand : SUBCOMMANDS) {
                if (words.contains(subcommand.getKey())) {
                    named.add(subcommand);
                }
            }
            CommandLine line = commandLine(out, err, windows, named);
            try {
                if (!line.parseArgs(args).isUsageHelpRequested()) {
                    return line;
                }
            } catch (CommandLine.ParameterException toldByTheWholeCommandLine) {
                // Parsed again below, where the handler can suggest every subcommand.
            }
        }
        return commandLine(out, err, windows);
    }

    private static boolean argumentFileIn(List<String> words) {
        for (String word : words) {
            if (word.startsWith("@")) {
                return true;
            }
        }
        return false;
    }

    /** The command line, printing to {@code out} and {@code err}; tests run commands through this. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, WindowLauncher windows) {
        return commandLine(out, err, windows, SUBCOMMANDS);
    }

    /**
     * {@link #commandLine(PrintWriter, PrintWriter, WindowLauncher)} with only {@code subcommands}. They are
     * added before the settings below, which picocli gives only to the subcommands a command line has.
     */
    private static CommandLine commandLine(PrintWriter out, PrintWriter err, WindowLauncher windows,
            List<Map.Entry<String, Class<?>>> subcommands) {
        CommandLine commandLine = new CommandLine(new TenkenCli(windows));
        for (Map.Entry<String, Class<?>> subcommand : subcommands) {
            commandLine.addSubcommand(subcommand.getKey(), subcommand.getValue());
        }
        // A screen shares its name with a subcommand (--screen assessment): take it as the option's value.
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        // Enum options are typed in lower case, as the extensions and theme names are: --format pdf, --theme print.
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.setExecutionExceptionHandler((failure, line, parseResult) -> {
            PrintWriter errors = line.getErr();
            if (failure instanceof ImportException refused) {
                refused.problems().forEach(problem -> errors.println(problem));
                errors.println(Messages.get("cli.import.refused", String.valueOf(refused.problems().size())));
                return BAD_INPUT;
            }
            if (failure instanceof FileWriteException write
                    && write.reason() == FileWriteException.Cause.MISSING_FOLDER) {
                // A folder that does not exist is a mistake in the name given, like an unknown material.
                errors.println(write.getMessage());
                return BAD_INPUT;
            }
            if (failure instanceof StoreException store) {
                errors.println(store.getMessage());
                return DATABASE_FAILURE;
            }
            if (failure instanceof NoDisplayError noDisplay) {
                errors.println(noDisplay.getMessage());
                return NO_DISPLAY;
            }
            if (failure instanceof UserError user) {
                errors.println(user.getMessage());
                return BAD_INPUT;
            }
            if (failure instanceof IOException || failure instanceof UncheckedIOException) {
                // A file system failure outside the one file writer (reading a picture's font, say).
                errors.println(Messages.get("cli.error.io", String.valueOf(failure.getMessage())));
                return DATABASE_FAILURE;
            }
            throw failure;
        });
        return commandLine;
    }

    /** The release version and the commit this build was made from ({@link BuildInfo}). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tenken " + BuildInfo.current().describe()};
        }
    }
}
