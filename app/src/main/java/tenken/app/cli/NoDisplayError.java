package tenken.app.cli;

/** The window was asked for where there is no display: said in words, with the commands to use instead. */
public final class NoDisplayError extends RuntimeException {

    public NoDisplayError(String message, Throwable cause) {
        super(message, cause);
    }
}
