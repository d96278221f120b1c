package tenken.views.shell;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Catalogue;
import tenken.store.repo.CatalogueRepository;

/**
 * What every screen shares: the database, the current catalogue snapshot, and one background worker
 * pool, so that loads, imports and layouts never run on the FX thread.
 */
public final class WorkbenchContext {

    private final TenkenDatabase database;
    private final ObjectProperty<Catalogue> catalogue = new SimpleObjectProperty<>();
    private final ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "tenken-background");
        thread.setDaemon(true);
        return thread;
    });
    private Runnable onLanguageChanged = () -> { };

    public WorkbenchContext(TenkenDatabase database) {
        this.database = Objects.requireNonNull(database);
    }

    public TenkenDatabase database() {
        return database;
    }

    /** The catalogue the screens show; replaced after every import. */
    public ObjectProperty<Catalogue> catalogueProperty() {
        return catalogue;
    }

    public Catalogue catalogue() {
        return catalogue.get();
    }

    /** Runs {@code task} off the FX thread; its handlers run back on the FX thread. */
    public <T> Task<T> run(Task<T> task) {
        background.submit(task);
        return task;
    }

    /** Reloads the catalogue in the background and publishes it when read. */
    public Task<Catalogue> reload() {
        Task<Catalogue> task = new Task<>() {
            @Override
            protected Catalogue call() {
                return new CatalogueRepository(database).load();
            }
        };
        task.setOnSucceeded(event -> catalogue.set(task.getValue()));
        return run(task);
    }

    /** Called after the user switches language; the app rebuilds the window in the new language. */
    public void setOnLanguageChanged(Runnable onLanguageChanged) {
        this.onLanguageChanged = Objects.requireNonNull(onLanguageChanged);
    }

    void languageChanged() {
        onLanguageChanged.run();
    }

    public void shutdown() {
        background.shutdownNow();
    }
}
