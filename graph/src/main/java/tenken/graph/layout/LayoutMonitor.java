package tenken.graph.layout;

/** Told how far a layout has got, and asked whether to stop; a JavaFX {@code Task} adapts to it. */
public interface LayoutMonitor {

    LayoutMonitor NONE = new LayoutMonitor() {
        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code fraction} runs from 0 to 1. */
    void progress(double fraction);

    boolean isCancelled();
}
