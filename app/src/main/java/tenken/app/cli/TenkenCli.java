package tenken.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;
import tenken.app.cli.StartOptions;
import tenken.assets.Messages;
import tenken.store.csv.ImportException;
import tenken.store.db.StoreException;
import tenken.views.model.Screen;

/**
 * {@code tenken}: with no subcommand it opens the window; with one it runs it headless. The command
 * names, options and output keys are a contract that analysts script against.
 */
@Command(name = "tenken", mixinStandardHelpOptions = true, versionProvider = TenkenCli.Version.class,
        resourceBundle = "tenken.assets.i18n.cli",
        subcommands = {
                CheckCommand.class,
                MaterialsCommand.class,
                ImportCommand.class,
                ExportCommand.class,
                AssessmentCommand.class,
                ExportGraphCommand.class,
                ExportChartCommand.class,
                AnalyzeCommand.class,
                ScenarioCommand.class,
                TradeCommand.class,
                LeverageCommand.class,
                ExportLeverageCommand.class,
        })
public final class TenkenCli implements Callable<Integer> {

    /** Exit statuses: 0 done, 1 refused input, 2 usage error (picocli's), 3 database failure. */
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
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
        if (window.timingFloor) {
            windows.openTimingFloor();
            return GUI_STARTED;
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
        return commandLine(out, err, windows).execute(args);
    }

    /** The command line, printing to {@code out} and {@code err}; tests run commands through this. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, WindowLauncher windows) {
        CommandLine commandLine = new CommandLine(new TenkenCli(windows));
        // A screen shares its name with a subcommand (--screen assessment): take it as the option's value.
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, line, parseResult) -> {
            PrintWriter errors = line.getErr();
            if (failure instanceof ImportException refused) {
                refused.problems().forEach(problem -> errors.println(problem));
                errors.println(Messages.get("cli.import.refused", String.valueOf(refused.problems().size())));
                return BAD_INPUT;
            }
            if (failure instanceof StoreException store) {
                errors.println(store.getMessage());
                return DATABASE_FAILURE;
            }
            if (failure instanceof UserError user) {
                errors.println(user.getMessage());
                return BAD_INPUT;
            }
            throw failure;
        });
        return commandLine;
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = TenkenCli.class.getPackage().getImplementationVersion();
            return new String[] {"tenken " + (version == null ? "development" : version)};
        }
    }
}
