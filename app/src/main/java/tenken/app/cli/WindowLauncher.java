package tenken.app.cli;

/**
 * Opens the window for the command line. The command line never names a JavaFX class (it must run on a
 * machine without JavaFX or a display); the composition root hands it the launcher of the GUI part.
 */
public interface WindowLauncher {

    /** Opens the workbench window as {@code options} say. */
    void open(StartOptions options);

    /** Opens the empty timing-floor window and prints how long the bare toolkit took to show it. */
    void openTimingFloor();
}
