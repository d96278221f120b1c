package tenken.app;

import tenken.app.cli.TenkenCli;
import tenken.app.gui.FxWindowLauncher;

/**
 * The jar's main class. It does not extend {@code Application}, so that JavaFX on the plain classpath
 * starts from a shaded jar; with a subcommand it runs the command line and never touches a display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int status = TenkenCli.run(args, new FxWindowLauncher());
        if (status != TenkenCli.GUI_STARTED) {
            System.exit(status);
        }
    }
}
