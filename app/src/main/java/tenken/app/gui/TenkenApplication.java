package tenken.app.gui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder until the window is wired; replaced below. */
public final class TenkenApplication extends Application {

    public static void launchWith(Path database, boolean timing) {
        Application.launch(TenkenApplication.class);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
