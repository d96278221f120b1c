package tenken.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, loaded from a copy Tenken keeps in its own folder rather than from the one
 * sqlite-jdbc extracts at every start. sqlite-jdbc writes the library (a megabyte) to the temporary folder
 * under a new name each time, reads it back byte by byte to compare it with the jar's, and then loads it:
 * a third of a second of every command. The kept copy is loaded when its bytes are the shipped library's,
 * and written anew when they are not (under a temporary name, then renamed, so that no process loads a
 * half-written copy); sqlite-jdbc is then told where it is ({@code org.sqlite.lib.path}, one of its
 * documented settings) and loads nothing more. Where a copy cannot be kept or loaded (a read-only home, a
 * folder mounted {@code noexec}), nothing is told, and sqlite-jdbc extracts its own as before.
 */
final class SqliteLibrary {

    private static final String PATH_SETTING = "org.sqlite.lib.path";
    private static final String NAME_SETTING = "org.sqlite.lib.name";

    private static boolean tried;

    private SqliteLibrary() {
    }

    /**
     * Loads the copy kept under {@code folder}, once a process; nothing when the user named a library of
     * their own with sqlite-jdbc's settings.
     */
    static synchronized void loadKeptCopy(Path folder) {
        if (tried || System.getProperty(PATH_SETTING) != null) {
            return;
        }
        tried = true;
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return; // No library for this platform: sqlite-jdbc tells so in its own words.
            }
            Path copy = keptCopy(folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                    .resolve(resource.substring(1)), in.readAllBytes());
            System.load(copy.toAbsolutePath().toString());
            System.setProperty(PATH_SETTING, copy.toAbsolutePath().getParent().toString());
            System.setProperty(NAME_SETTING, copy.getFileName().toString());
        } catch (IOException | RuntimeException | UnsatisfiedLinkError notKept) {
            // sqlite-jdbc extracts and loads its own copy, as it always has.
        }
    }

    /** {@code copy}, holding exactly {@code library}'s bytes: left as it is when it does, written anew when not. */
    static Path keptCopy(Path copy, byte[] library) throws IOException {
        if (Files.isRegularFile(copy) && Arrays.equals(Files.readAllBytes(copy), library)) {
            return copy;
        }
        Files.createDirectories(copy.getParent());
        Path written = Files.createTempFile(copy.getParent(), "." + copy.getFileName(), ".tmp");
        try {
            Files.write(written, library);
            Files.move(written, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(written);
        }
        return copy;
    }
}
