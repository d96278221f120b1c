package tenken.views.workbench;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits for a window to be drawn: start-up shows the frame first and builds behind it. */
public final class Frames {

    private Frames() {
    }

    /** Runs {@code then} on the FX thread once {@code scene} has drawn its next frame. */
    public static void afterNextFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // Layout of the pulse is done; the frame is rendered at the end of this same pulse, so the
            // next runnable on the FX thread runs after it.
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
