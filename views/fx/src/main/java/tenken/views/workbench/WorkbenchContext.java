package tenken.views.workbench;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Catalogue;
import tenken.store.repo.CatalogueRepository;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.model.Screen;
import tenken.views.picture.PictureStyle;

/**
 * What every screen shares: the database, the current catalogue snapshot and its analysis, the look
 * (dark theme, presentation mode), the material the user is looking at, and one background worker pool,
 * so that loads, imports, layouts and scenarios never run on the FX thread.
 *
 * <p>The database may not be open yet when the window first shows: {@link #database()} opens it, and only
 * background tasks call it.
 */
public final class WorkbenchContext {

    private final Path databaseFile;
    private final Supplier<TenkenDatabase> opener;
    private TenkenDatabase database;
    private final ObjectProperty<Catalogue> catalogue = new SimpleObjectProperty<>();
    private final ObjectProperty<AnalysisSnapshot> analysis = new SimpleObjectProperty<>();
    private final ObjectProperty<String> material = new SimpleObjectProperty<>();
    private final ObjectProperty<tenken.views.model.GraphFocus> graphFocus = new SimpleObjectProperty<>();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final BooleanProperty presentation = new SimpleBooleanProperty();
    private final ObjectBinding<PictureStyle> pictureStyle = Bindings.createObjectBinding(
            () -> presentation.get() ? PictureStyle.PROJECTOR : dark.get() ? PictureStyle.DARK : PictureStyle.NORMAL,
            presentation, dark);
    private final ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "tenken-background");
        thread.setDaemon(true);
        return thread;
    });
    private final java.util.concurrent.atomic.AtomicLong tasksRun = new java.util.concurrent.atomic.AtomicLong();
    /** Tasks handed to {@link #run(Task)} whose work has not returned yet. */
    private final java.util.concurrent.atomic.AtomicInteger working = new java.util.concurrent.atomic.AtomicInteger();
    private Runnable onLanguageChanged = () -> { };
    private Consumer<Screen> screenOpener = screen -> { };

    /** A context on an open database. */
    public WorkbenchContext(TenkenDatabase database) {
        this.databaseFile = database.file();
        this.database = Objects.requireNonNull(database);
        this.opener = () -> database;
    }

    /**
     * A context whose database {@code opener} opens on first use, which is the first background load:
     * the window shows before SQLite and Flyway start.
     */
    public WorkbenchContext(Path databaseFile, Supplier<TenkenDatabase> opener) {
        this.databaseFile = databaseFile.toAbsolutePath();
        this.opener = Objects.requireNonNull(opener);
    }

    /**
     * The database, opening it on first use (call it off the FX thread); throws {@link StoreException}
     * when it cannot be opened.
     */
    public synchronized TenkenDatabase database() {
        if (database == null) {
            database = opener.get();
        }
        return database;
    }

    public Path databaseFile() {
        return databaseFile;
    }

    /** The catalogue the screens show; replaced after every import. */
    public ObjectProperty<Catalogue> catalogueProperty() {
        return catalogue;
    }

    public Catalogue catalogue() {
        return catalogue.get();
    }

    /** The analysis of the current catalogue, published together with it. */
    public ObjectProperty<AnalysisSnapshot> analysisProperty() {
        return analysis;
    }

    public AnalysisSnapshot analysis() {
        return analysis.get();
    }

    /** The material (key) the user last opened, which the dependency screen shows. */
    public ObjectProperty<String> materialProperty() {
        return material;
    }

    /** The item and country the chokepoint graph is asked to show focused; the graph clears it once shown. */
    public ObjectProperty<tenken.views.model.GraphFocus> graphFocusProperty() {
        return graphFocus;
    }

    /** Asks the chokepoint graph to show {@code focus}, even when it is the request last made. */
    public void focusGraph(tenken.views.model.GraphFocus focus) {
        graphFocus.set(null);
        graphFocus.set(focus);
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** The picture style of the current look: projector in presentation mode, else dark or normal. */
    public ObjectBinding<PictureStyle> pictureStyle() {
        return pictureStyle;
    }

    /**
     * Runs {@code task} off the FX thread; its handlers run back on the FX thread. After
     * {@link #shutdown()} (the window is closing) tasks are cancelled instead of run.
     */
    public <T> Task<T> run(Task<T> task) {
        tasksRun.incrementAndGet();
        working.incrementAndGet();
        try {
            background.submit(() -> {
                try {
                    task.run();
                } finally {
                    working.decrementAndGet();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            working.decrementAndGet();
            task.cancel(false);
        }
        return task;
    }

    /**
     * Whether a task handed to {@link #run(Task)} is still working off the FX thread (its results then
     * still have to reach the FX thread).
     */
    public boolean working() {
        return working.get() > 0;
    }

    /** How many tasks screens and the window have handed to {@link #run(Task)} so far. */
    public long tasksRun() {
        return tasksRun.get();
    }

    /** Reloads and analyses the catalogue in the background and publishes both when done. */
    public Task<Catalogue> reload() {
        Task<Catalogue> task = new Task<>() {
            private AnalysisSnapshot analysed;

            @Override
            protected Catalogue call() {
                Catalogue loaded = new CatalogueRepository(database()).load();
                analysed = AnalysisSnapshot.of(loaded);
                return loaded;
            }

            @Override
            protected void succeeded() {
                analysis.set(analysed);
                catalogue.set(getValue());
            }
        };
        return run(task);
    }

    /** Called after the user switches language; the app rebuilds the window in the new language. */
    public void setOnLanguageChanged(Runnable onLanguageChanged) {
        this.onLanguageChanged = Objects.requireNonNull(onLanguageChanged);
    }

    public void languageChanged() {
        onLanguageChanged.run();
    }

    /** Set by the main window: how screens ask to bring another screen forward. */
    public void setScreenOpener(Consumer<Screen> opener) {
        this.screenOpener = Objects.requireNonNull(opener);
    }

    /** Brings {@code screen} forward, e.g. the dependency screen after a double-click in the overview. */
    public void open(Screen screen) {
        screenOpener.accept(screen);
    }

    public void shutdown() {
        background.shutdownNow();
    }
}
