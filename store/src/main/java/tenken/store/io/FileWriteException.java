package tenken.store.io;

import tenken.store.db.StoreException;

/** A file Tenken was asked to write could not be written; the message says why in words, the file named. */
public final class FileWriteException extends StoreException {

    /** What stood in the way, so that the command line can choose the exit status. */
    public enum Cause {
        /** The target's folder does not exist (or is not a folder): the user named a wrong place. */
        MISSING_FOLDER,
        /** The target is a folder, not a file. */
        IS_FOLDER,
        /** The folder or the file may not be written (permissions, read-only medium). */
        READ_ONLY,
        /** The disk or the user's quota is full. */
        DISK_FULL,
        /** Any other failure of the file system, with its own words. */
        OTHER
    }

    private final Cause reason;

    FileWriteException(Cause reason, String message, Throwable failure) {
        super(message, failure);
        this.reason = reason;
    }

    /** What stood in the way (not {@link #getCause()}, the file system's own exception). */
    public Cause reason() {
        return reason;
    }
}
