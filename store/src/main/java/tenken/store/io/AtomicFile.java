package tenken.store.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;
import java.util.UUID;
import tenken.assets.Messages;

/**
 * The one way Tenken writes a file (exports, pictures, briefings, tables): the content goes to a
 * hidden file in the target's folder, is forced to the disk, and is then renamed over the target in
 * one step. A failure at any point leaves the target exactly as it was, including a file that existed
 * before, and removes the hidden file.
 *
 * <p>The hidden file is created with plain {@code CREATE_NEW}, so it gets the permissions any new
 * file gets under the user's umask (not {@code Files.createTempFile}'s owner-only 0600, which would
 * stay on the export after the rename); a file that is replaced keeps its own permissions.
 *
 * <p>The target's folder is never created: a folder that does not exist is a mistake in the name.
 */
public final class AtomicFile {

    /** What writes the file's content; the stream is buffered and closed by {@link #write}. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String TEMPORARY_PREFIX = ".tenken-";

    private AtomicFile() {
    }

    /**
     * Writes {@code target} in one step.
     *
     * @throws FileWriteException naming the file and the cause in words, when the file system refuses
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw failure(FileWriteException.Cause.MISSING_FOLDER, absolute, null);
        }
        if (Files.isDirectory(absolute)) {
            throw failure(FileWriteException.Cause.IS_FOLDER, absolute, null);
        }
        if (!Files.isWritable(folder) || Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw failure(FileWriteException.Cause.READ_ONLY, absolute, null);
        }
        Path temporary = folder.resolve(TEMPORARY_PREFIX + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new KeptOpen(new BufferedOutputStream(Channels.newOutputStream(channel)));
                content.writeTo(out);
                out.flush();
                // On the disk before the rename: a crash after it must not leave an empty file in its place.
                channel.force(true);
            }
            keepPermissionsOf(absolute, temporary);
            move(temporary, absolute);
        } catch (IOException e) {
            throw failure(classify(e), absolute, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * The stream handed to the content: closing it (as a CSV printer closes its writer) only flushes, so
     * that the file can still be forced to the disk and moved before it is really closed.
     */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void keepPermissionsOf(Path existing, Path temporary) throws IOException {
        PosixFileAttributeView before = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        if (before != null && Files.exists(existing)) {
            Files.setPosixFilePermissions(temporary, before.readAttributes().permissions());
        }
    }

    /** The cause of a failed write, read from the exception type and the operating system's words. */
    static FileWriteException.Cause classify(IOException failure) {
        String text = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("quota") || text.contains("not enough space")
                || text.contains("disk full")) {
            return FileWriteException.Cause.DISK_FULL;
        }
        if (failure instanceof AccessDeniedException || text.contains("read-only")
                || text.contains("permission denied")) {
            return FileWriteException.Cause.READ_ONLY;
        }
        return FileWriteException.Cause.OTHER;
    }

    private static FileWriteException failure(FileWriteException.Cause cause, Path target, IOException e) {
        String key = switch (cause) {
            case MISSING_FOLDER -> "file.error.missingFolder";
            case IS_FOLDER -> "file.error.isFolder";
            case READ_ONLY -> "file.error.readOnly";
            case DISK_FULL -> "file.error.diskFull";
            case OTHER -> "file.error.other";
        };
        String detail = e == null ? "" : e instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason() : String.valueOf(e.getMessage());
        return new FileWriteException(cause, Messages.get(key, target.toString(),
                String.valueOf(target.getParent()), detail), e);
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The hidden file is left behind only when its folder refuses even that; the target is intact.
        }
    }
}
