package tenken.store.db;

/** A failure of the store that the user must be told about in plain words, never as a stack trace. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
