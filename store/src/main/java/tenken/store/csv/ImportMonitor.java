package tenken.store.csv;

/** Lets long imports report progress and be cancelled from a user interface. */
public interface ImportMonitor {

    ImportMonitor NONE = new ImportMonitor() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void progress(long done, long total);

    boolean isCancelled();

    /** Throws {@link ImportCancelledException} when the user has asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ImportCancelledException();
        }
    }
}
