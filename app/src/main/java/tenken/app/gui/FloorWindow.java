package tenken.app.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import tenken.assets.Messages;

/**
 * The floor of start-up time: a bare JavaFX window that shows one label, started from the same jar and
 * JVM as Tenken and timed the same way ({@code --timing-floor}). Tenken's own time is reported as a
 * ratio to this.
 */
public final class FloorWindow extends Application {

    public static void launchAndTime() {
        Application.launch(FloorWindow.class);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label(Messages.get("app.title")), 1400, 860);
        stage.setScene(scene);
        StartupClock.printAfterFirstFrame(scene, "timing.floor");
        stage.show();
    }
}
