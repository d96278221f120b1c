package tenken.app.gui;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.scene.Scene;
import tenken.assets.Messages;
import tenken.views.workbench.Frames;

/**
 * Measures start-up honestly: from the JVM's own start time (before any of our code or JavaFX has
 * loaded) to the end of the first pulse that rendered the window, i.e. the first frame a user sees.
 */
final class StartupClock {

    private StartupClock() {
    }

    /** Prints {@code messageKey} with the milliseconds from JVM start once {@code scene} has drawn its next frame. */
    static void printAfterFirstFrame(Scene scene, String messageKey) {
        Frames.afterNextFrame(scene, () -> {
            long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println(Messages.get(messageKey, String.format(Locale.ROOT, "%d", elapsed)));
        });
    }
}
