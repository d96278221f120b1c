package tenken.app.gui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;
import tenken.app.cli.StartOptions;
import tenken.assets.Messages;
import tenken.store.db.TenkenDatabase;
import tenken.views.shell.MainWindow;
import tenken.views.workbench.Frames;
import tenken.views.workbench.Themes;
import tenken.views.workbench.WorkbenchContext;

/**
 * The window: shows the main window at once, then opens the database and loads and analyses the
 * catalogue in the background, so that the first frame does not wait for SQLite, Flyway or the
 * analysis; rebuilds the window when the language changes.
 */
public final class TenkenApplication extends Application {

    private static StartOptions options;

    private WorkbenchContext context;

    /** Starts JavaFX with {@code startOptions}; returns when the window closes. */
    public static void launchWith(StartOptions startOptions) {
        options = startOptions;
        Application.launch(TenkenApplication.class);
    }

    @Override
    public void start(Stage stage) {
        Themes.loadFonts();
        Themes.applyUserAgent(options.dark());
        context = new WorkbenchContext(options.database(),
                () -> TenkenDatabase.open(options.database(), options.seedCatalogue()));
        context.darkProperty().set(options.dark());
        if (options.material() != null) {
            context.materialProperty().set(options.material());
        }
        // The clock goes on the scene before the window does, so that it reads the first frame before the
        // window's first screen is built right after that frame. The scene is as large as the screen from the
        // start: a split pane laid out first in a smaller scene hands the extra width out evenly when the window
        // grows, and the catalogue's table lost a third of its share to the tree (its projector columns then too
        // narrow for their words).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new Group(), screen.getWidth(), screen.getHeight());
        if (options.timing()) {
            StartupClock.printAfterFirstFrame(scene, "timing.firstFrame");
        }
        MainWindow window = MainWindow.load(context);
        scene.setRoot(window.root());
        Themes.style(scene);
        MainWindow[] shown = {window};
        context.setOnLanguageChanged(() -> {
            shown[0] = shown[0].rebuilt();
            scene.setRoot(shown[0].root());
            stage.setTitle(Messages.get("app.title"));
        });
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        window.controller().show(options.screen());
        // A workbench takes the whole screen from the start (set by bounds too: without a window manager,
        // as under Xvfb, maximising alone does nothing).
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMaximized(true);
        stage.show();
        if (options.presentation()) {
            window.controller().setPresentation(true);
        }
        // The database opens and the catalogue loads once the window is on screen, not before.
        Frames.afterNextFrame(scene, () -> {
            Task<?> loading = context.reload();
            if (options.timing()) {
                loading.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED,
                        event -> StartupClock.printAfterFirstFrame(scene, "timing.dataShown"));
            }
            if (options.afterDataShown() != null) {
                loading.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED,
                        event -> Frames.afterNextFrame(scene, () -> runThenClose(options.afterDataShown())));
            }
            loading.setOnFailed(event -> {
                Alert alert = new Alert(Alert.AlertType.ERROR,
                        String.valueOf(event.getSource().getException().getMessage()));
                alert.setHeaderText(Messages.get("app.title"));
                alert.initOwner(stage);
                alert.showAndWait();
                Platform.exit();
            });
        });
    }

    private static void runThenClose(Runnable work) {
        Thread worker = new Thread(() -> {
            try {
                work.run();
            } finally {
                Platform.exit();
            }
        }, "after-data-shown");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.shutdown();
        }
    }
}
