package tenken.app.cli;

/** A mistake in what the user asked for (an unknown material, a bad format): a message, no trace. */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }
}
