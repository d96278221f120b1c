package tenken.store.csv;

/** The user cancelled an import; the transaction was rolled back and nothing was written. */
public class ImportCancelledException extends RuntimeException {

    public ImportCancelledException() {
        super("import cancelled");
    }
}
