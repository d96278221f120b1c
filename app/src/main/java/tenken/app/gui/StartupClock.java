package tenken.app.gui;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import tenken.assets.Messages;

/**
 * Measures start-up honestly: from the JVM's own start time (before any of our code or JavaFX has
 * loaded) to the end of the first pulse that rendered the window, i.e. the first frame a user sees.
 */
final class StartupClock {

    private StartupClock() {
    }

    /** Prints {@code messageKey} with the milliseconds from JVM start once {@code scene} has drawn its next frame. */
    static void printAfterFirstFrame(Scene scene, String messageKey) {
        afterFirstFrame(scene, () -> {
            long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println(Messages.get(messageKey, String.format(Locale.ROOT, "%d", elapsed)));
        });
    }

    /** Runs {@code then} on the FX thread once {@code scene}'s first frame is drawn. */
    static void afterFirstFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // Layout of the first pulse is done; the frame is rendered at the end of this same pulse,
            // so the next runnable on the FX thread runs after it.
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
