package tenken.app.gui;

import tenken.app.cli.StartOptions;
import tenken.app.cli.WindowLauncher;

/** The JavaFX windows behind the command line's window options. */
public final class FxWindowLauncher implements WindowLauncher {

    @Override
    public void open(StartOptions options) {
        TenkenApplication.launchWith(options);
    }

    @Override
    public void openTimingFloor() {
        FloorWindow.launchAndTime();
    }
}
