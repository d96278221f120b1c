package tenken.store.progress;

import java.util.concurrent.CancellationException;

/**
 * Told how far long work (an import, a layout, an export) has got, and asked whether to stop: the one
 * way a user interface follows and cancels it. A JavaFX {@code Task} adapts to it with
 * {@code updateProgress(done, total)} and its own {@code isCancelled()}; the command line shows progress
 * or passes {@link #NONE}. Work that stops throws the JDK's {@link CancellationException}, having
 * produced or written nothing.
 */
public interface ProgressMonitor {

    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} units of {@code total}; {@code total <= 0} when the amount of work is not known. */
    void progress(long done, long total);

    boolean isCancelled();

    /** Throws {@link CancellationException} when the user has asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException();
        }
    }
}
