package tenken.views.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import tenken.assets.Messages;
import tenken.store.db.TenkenDatabase;
import tenken.views.model.Screen;
import tenken.views.shell.MainWindow;
import tenken.views.workbench.Themes;
import tenken.views.workbench.WorkbenchContext;

/**
 * A main window on the shipped catalogue for screen tests: one seeded database per JVM (seeding takes
 * a while, and the screens only read), a fresh context and window per test.
 */
public final class Workbench {

    private static Path seeded;
    /** Time for the layouts that arrive in the pulses after a screen's data: about twenty pulses. */
    private static final long SETTLING_PULSES_MS = 350;

    private final WorkbenchContext context;
    private MainWindow window;
    private final Scene scene;

    private Workbench(WorkbenchContext context, MainWindow window, Scene scene) {
        this.context = context;
        this.window = window;
        this.scene = scene;
    }

    /** Opens the window on {@code stage} in Japanese at 1600×1000, with the catalogue loaded and analysed. */
    public static Workbench open(Stage stage, Screen screen) throws Exception {
        return open(stage, screen, 1600, 1000);
    }

    /**
     * Opens the window on {@code stage} in Japanese at {@code width}×{@code height}, with the catalogue
     * loaded and analysed; switching language rebuilds it as the application does.
     */
    public static Workbench open(Stage stage, Screen screen, double width, double height) throws Exception {
        Messages.setLocale(Messages.JAPANESE);
        Themes.loadFonts();
        Themes.applyUserAgent(false);
        WorkbenchContext context = new WorkbenchContext(TenkenDatabase.open(database()));
        MainWindow window = MainWindow.load(context);
        Scene scene = new Scene(window.root(), width, height);
        Themes.style(scene);
        stage.setScene(scene);
        window.controller().show(screen);
        stage.show();
        context.reload().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Workbench workbench = new Workbench(context, window, scene);
        context.setOnLanguageChanged(() -> {
            workbench.window = workbench.window.rebuilt();
            scene.setRoot(workbench.window.root());
        });
        return workbench;
    }

    /**
     * Seeds the shared database ahead of the first window, from a {@code @BeforeAll}: TestFX gives a test's
     * start-up only so long, and seeding on a busy machine can take most of it.
     */
    public static void seed() throws Exception {
        database();
    }

    private static synchronized Path database() throws Exception {
        if (seeded == null) {
            Path dir = Files.createTempDirectory("tenken-views-test");
            dir.toFile().deleteOnExit();
            seeded = dir.resolve("seeded.db");
            TenkenDatabase.open(seeded);
        }
        return seeded;
    }

    public WorkbenchContext context() {
        return context;
    }

    public MainWindow window() {
        return window;
    }

    public Scene scene() {
        return scene;
    }

    /** Switches to {@code language} as the View menu does, rebuilding the window; waits for the FX thread. */
    public void switchLanguage(String language) {
        WaitForAsyncUtils.asyncFx(() -> {
            Messages.setLocale(Messages.forLanguage(language));
            context.languageChanged();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Shows {@code screen} as the Screens menu does, then lets it load its data and lay itself out (see
     * {@link #settle()}).
     */
    public void showAndSettle(Screen screen) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.controller().show(screen));
        controller(screen, Object.class);
        settle();
    }

    /**
     * Waits until the screens' background work is done and its results are on screen: no task working,
     * twice in a row with the FX thread's queue handled in between (a result's handler may start the next
     * task, e.g. a graph's layout after its data), then a few more pulses for the layouts that results
     * cause (tables refit, graphs page, in the pulse after their content changes).
     */
    public void settle() throws Exception {
        for (int quiet = 0; quiet < 2; ) {
            waitUntil(() -> !context.working());
            quiet = context.working() ? 0 : quiet + 1;
        }
        Thread.sleep(SETTLING_PULSES_MS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Lets the FX thread handle what a selection on a screen set off, and the pulses after it lay out (a
     * table refits in the pulse after its rows change); for changes that start no background work, where
     * {@link #settle()} would only wait longer.
     */
    public static void letLayoutsRun() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The screen's controller, as the window built it. */
    public <T> T controller(Screen screen, Class<T> type) {
        Object[] found = new Object[1];
        WaitForAsyncUtils.asyncFx(() -> found[0] = window.controller().screenController(screen));
        WaitForAsyncUtils.waitForFxEvents();
        return type.cast(found[0]);
    }

    /** Waits (at most a minute) until {@code condition} holds, letting the FX thread run. */
    public static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for a background task to finish (or none to be running). */
    public static void waitFor(java.util.function.Supplier<Task<?>> running) throws Exception {
        waitUntil(() -> running.get() == null || running.get().isDone());
    }

    public void close() {
        context.shutdown();
        Messages.setLocale(Messages.JAPANESE);
    }
}
