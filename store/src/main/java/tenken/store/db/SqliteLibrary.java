package tenken.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import tenken.store.io.AtomicFile;

/**
 * SQLite's native library, loaded from a copy Tenken keeps in its own folder rather than from the one
 * sqlite-jdbc extracts at every start. To find and check its library, sqlite-jdbc runs {@code uname}, writes
 * the library (a megabyte) to the temporary folder under a new name, reads it back byte by byte to compare
 * it with the jar's, and then loads it: a third of a second of every command.
 *
 * <p>The kept copy sits in a folder of its own for each sqlite-jdbc version and machine kind, beside a note
 * of the jar entry it was copied from (the entry sqlite-jdbc chooses for this machine). It is loaded when
 * its bytes are that entry's, and written anew when they are not (by {@link AtomicFile}: under a hidden
 * name, then renamed, so that no process loads a half-written copy). sqlite-jdbc is then told where it is ({@code org.sqlite.lib.path}, one of its
 * documented settings) and loads nothing more. Where a copy cannot be kept or loaded (a read-only home, a
 * folder mounted {@code noexec}), nothing is told, and sqlite-jdbc extracts its own as before.
 */
final class SqliteLibrary {

    private static final String PATH_SETTING = "org.sqlite.lib.path";
    private static final String NAME_SETTING = "org.sqlite.lib.name";
    /** Beside the copy: the jar entry it was copied from. */
    private static final String SOURCE = "source";

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
        try {
            Path copy = keptCopy(folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                            .resolve((System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replace(' ', '_')),
                    LibraryLoaderUtil.getNativeLibName(),
                    () -> LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName());
            System.load(copy.toAbsolutePath().toString());
            System.setProperty(PATH_SETTING, copy.toAbsolutePath().getParent().toString());
            System.setProperty(NAME_SETTING, copy.getFileName().toString());
        } catch (IOException | RuntimeException | UnsatisfiedLinkError notKept) {
            // sqlite-jdbc extracts and loads its own copy, as it always has.
        }
    }

    /**
     * The copy named {@code name} in {@code folder} of the library: of the jar entry its note names, when the
     * copy is still that entry's; otherwise written anew from the entry {@code entryForThisMachine} names
     * (asked only then: sqlite-jdbc runs a program to tell).
     *
     * @throws IOException when the copy cannot be written, or the entry is not in the program
     */
    static Path keptCopy(Path folder, String name, Supplier<String> entryForThisMachine) throws IOException {
        Path copy = folder.resolve(name);
        Path source = folder.resolve(SOURCE);
        if (Files.isRegularFile(source) && Files.isRegularFile(copy)
                && sameBytes(copy, Files.readString(source, StandardCharsets.UTF_8))) {
            return copy;
        }
        String entry = entryForThisMachine.get();
        byte[] library;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(entry)) {
            if (in == null) {
                throw new IOException("not in the program: " + entry);
            }
            library = in.readAllBytes();
        }
        Files.createDirectories(folder);
        write(copy, library);
        write(source, entry.getBytes(StandardCharsets.UTF_8));
        return copy;
    }

    /**
     * Whether {@code copy} holds exactly the bytes of the jar entry {@code entry}: compared whole, not by a
     * checksum, because a library is code the program runs and a CRC is easily matched on purpose. Reading
     * both costs milliseconds; writing a copy and reading it back, as sqlite-jdbc does, a third of a second.
     */
    private static boolean sameBytes(Path copy, String entry) throws IOException {
        try (InputStream shipped = SQLiteJDBCLoader.class.getResourceAsStream(entry)) {
            return shipped != null && Files.size(copy) > 0
                    && java.util.Arrays.equals(shipped.readAllBytes(), Files.readAllBytes(copy));
        }
    }

    private static void write(Path file, byte[] content) {
        AtomicFile.write(file, out -> out.write(content));
    }
}
