package tenken.views.export;

/** An export that cannot be made as asked (too large, nothing to draw); the message is for the user. */
public class ExportException extends RuntimeException {

    public ExportException(String message) {
        super(message);
    }
}
