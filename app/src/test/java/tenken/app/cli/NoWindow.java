package tenken.app.cli;

/** The window launcher of command-line tests, which must never open a window. */
final class NoWindow implements WindowLauncher {

    @Override
    public void open(StartOptions options) {
        throw new AssertionError("a command-line test opened the window: " + options);
    }

    @Override
    public void openTimingFloor() {
        throw new AssertionError("a command-line test opened the timing-floor window");
    }
}
