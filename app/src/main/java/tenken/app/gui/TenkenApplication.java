package tenken.app.gui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import tenken.assets.Messages;
import tenken.store.db.StoreException;
import tenken.store.db.TenkenDatabase;
import tenken.views.common.Themes;
import tenken.views.shell.MainWindow;
import tenken.views.shell.WorkbenchContext;

/** The window: opens the database, shows the main window, and rebuilds it when the language changes. */
public final class TenkenApplication extends Application {

    private static Path databaseFile = TenkenDatabase.defaultFile();
    private static boolean timing;
    private static long launchedAtNanos;

    private WorkbenchContext context;

    /** Starts JavaFX on {@code database}; returns when the window closes. */
    public static void launchWith(Path database, boolean printTiming) {
        launchedAtNanos = System.nanoTime();
        databaseFile = database;
        timing = printTiming;
        Application.launch(TenkenApplication.class);
    }

    @Override
    public void start(Stage stage) {
        Themes.loadFonts();
        Themes.applyUserAgent(false);
        TenkenDatabase database;
        try {
            database = TenkenDatabase.open(databaseFile);
        } catch (StoreException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText(Messages.get("app.title"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        context = new WorkbenchContext(database);
        Scene scene = new Scene(MainWindow.load(context).root(), 1400, 860);
        Themes.style(scene);
        context.setOnLanguageChanged(() -> {
            scene.setRoot(MainWindow.load(context).root());
            stage.setTitle(Messages.get("app.title"));
        });
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        if (timing) {
            stage.setOnShown(event -> Platform.runLater(() -> System.out.println(Messages.get("timing.firstFrame",
                    String.format(java.util.Locale.ROOT, "%.0f", (System.nanoTime() - launchedAtNanos) / 1e6)))));
        }
        stage.show();
        context.reload();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.shutdown();
        }
    }
}
