package tenken.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library is loaded from the copy kept beside the default database, not extracted anew at
 * every start; where no copy can be kept, sqlite-jdbc extracts its own as before, without a word.
 */
class SqliteLibraryTest {

    @TempDir
    Path dir;

    /** A resource outside any jar (the build's classes folder), standing for the library. */
    private static final String LOOSE_ENTRY = "/db/migration/V1__catalogue.sql";

    @Test
    void aMissingCopyIsWrittenWithANoteOfItsEntry() throws Exception {
        Path folder = dir.resolve("native");

        Path copy = SqliteLibrary.keptCopy(folder, "lib.so", () -> LOOSE_ENTRY);

        assertThat(copy).isEqualTo(folder.resolve("lib.so"));
        assertThat(Files.readAllBytes(copy)).isEqualTo(shipped(LOOSE_ENTRY));
        assertThat(Files.readString(folder.resolve("source"))).isEqualTo(LOOSE_ENTRY);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("lib.so", "source");
        }
    }

    @Test
    void aKeptCopyIsUsedAsItIsWithoutAskingForTheEntry() throws Exception {
        for (String entry : List.of(LOOSE_ENTRY, sqliteEntry())) {
            Path folder = dir.resolve("native-" + entry.length());
            Path copy = SqliteLibrary.keptCopy(folder, "lib.so", () -> entry);
            FileTime written = FileTime.fromMillis(1_000_000_000_000L);
            Files.setLastModifiedTime(copy, written);

            assertThat(SqliteLibrary.keptCopy(folder, "lib.so", () -> {
                throw new AssertionError("asked which entry although the copy is kept");
            })).isEqualTo(copy);
            assertThat(Files.getLastModifiedTime(copy)).isEqualTo(written);
        }
    }

    @Test
    void aCopyThatIsNotItsEntrysBytesIsWrittenAnew() throws Exception {
        for (String entry : List.of(LOOSE_ENTRY, sqliteEntry())) {
            Path folder = dir.resolve("native-" + entry.length());
            Path copy = SqliteLibrary.keptCopy(folder, "lib.so", () -> entry);
            byte[] shipped = shipped(entry);

            byte[] changed = shipped.clone();
            changed[changed.length / 2] ^= 1;
            Files.write(copy, changed);
            SqliteLibrary.keptCopy(folder, "lib.so", () -> entry);
            assertThat(Files.readAllBytes(copy)).as("one bit changed, " + entry).isEqualTo(shipped);

            Files.write(copy, java.util.Arrays.copyOf(shipped, shipped.length - 1));
            SqliteLibrary.keptCopy(folder, "lib.so", () -> entry);
            assertThat(Files.readAllBytes(copy)).as("cut short, " + entry).isEqualTo(shipped);
        }
    }

    @Test
    void aNoteNamingNoEntryIsWrittenAnew() throws Exception {
        Path folder = dir.resolve("native");
        SqliteLibrary.keptCopy(folder, "lib.so", () -> LOOSE_ENTRY);
        Files.writeString(folder.resolve("source"), "/no/such/library.so");

        SqliteLibrary.keptCopy(folder, "lib.so", () -> LOOSE_ENTRY);

        assertThat(Files.readString(folder.resolve("source"))).isEqualTo(LOOSE_ENTRY);
    }

    @Test
    void aCopyThatCannotBeKeptIsAFailureTheCallerFallsBackFrom() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("home"), "a file where the folder would be");

        assertThatThrownBy(() -> SqliteLibrary.keptCopy(notAFolder.resolve("native"), "lib.so", () -> LOOSE_ENTRY))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> SqliteLibrary.keptCopy(dir.resolve("native"), "lib.so", () -> "/no/such/library.so"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aDatabaseIsOpenedOnTheKeptCopyWithoutSqliteExtractingOne() throws Exception {
        Path home = dir.resolve("home");
        Path temporary = Files.createDirectories(dir.resolve("tmp"));

        for (int run = 0; run < 2; run++) {
            Child child = openInChild(home, temporary, dir.resolve("t.db"));

            assertThat(child.status()).as(child.err()).isZero();
            assertThat(child.err()).isEmpty();
            assertThat(child.temporaryFiles()).noneMatch(name -> name.startsWith("sqlite-"));
        }
        try (Stream<Path> kept = Files.walk(home.resolve("native"))) {
            List<Path> files = kept.filter(f -> f.getFileName().toString().equals(LibraryLoaderUtil.getNativeLibName()))
                    .toList();
            assertThat(files).hasSize(1);
            assertThat(Files.readAllBytes(files.get(0))).isEqualTo(shipped(sqliteEntry()));
        }
    }

    @Test
    void whereNoCopyCanBeKeptSqliteExtractsItsOwnWithoutAWord() throws Exception {
        Path home = Files.writeString(dir.resolve("home"), "a file where the folder would be");
        Path temporary = Files.createDirectories(dir.resolve("tmp"));

        Child child = openInChild(home, temporary, dir.resolve("t.db"));

        assertThat(child.status()).as(child.err()).isZero();
        assertThat(child.err()).isEmpty();
        assertThat(child.temporaryFiles()).anyMatch(name -> name.startsWith("sqlite-"));
        assertThat(dir.resolve("t.db")).isRegularFile();
    }

    private record Child(int status, List<String> temporaryFiles, String err) {
    }

    private static Child openInChild(Path home, Path temporary, Path database) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary, "-cp", System.getProperty("java.class.path"),
                SqliteLibraryChild.class.getName(), database.toString());
        builder.environment().put("TENKEN_HOME", home.toString());
        Path err = Files.createTempFile(temporary.getParent(), "err", ".txt");
        Process process = builder.redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Child(process.exitValue(), out.lines().toList(), Files.readString(err));
    }

    /** The entry of sqlite-jdbc's library for this machine, in sqlite-jdbc's jar. */
    private static String sqliteEntry() {
        return LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
    }

    private static byte[] shipped(String entry) throws IOException {
        try (InputStream in = SqliteLibraryTest.class.getResourceAsStream(entry)) {
            return in.readAllBytes();
        }
    }
}
