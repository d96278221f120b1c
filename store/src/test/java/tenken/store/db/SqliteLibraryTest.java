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

    @Test
    void aMissingCopyIsWritten() throws Exception {
        Path copy = dir.resolve("native/lib.so");

        assertThat(SqliteLibrary.keptCopy(copy, bytes("library"))).isEqualTo(copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(bytes("library"));
        try (Stream<Path> files = Files.list(copy.getParent())) {
            assertThat(files).containsExactly(copy);
        }
    }

    @Test
    void aCopyThatDiffersFromTheShippedLibraryIsReplaced() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("native")).resolve("lib.so");
        Files.write(copy, bytes("libr"));

        SqliteLibrary.keptCopy(copy, bytes("library"));

        assertThat(Files.readAllBytes(copy)).isEqualTo(bytes("library"));
    }

    @Test
    void aCopyThatIsTheShippedLibraryIsLeftAsItIs() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("native")).resolve("lib.so");
        Files.write(copy, bytes("library"));
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, written);

        SqliteLibrary.keptCopy(copy, bytes("library"));

        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(written);
    }

    @Test
    void aCopyThatCannotBeKeptIsAFailureTheCallerFallsBackFrom() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("home"), "a file where the folder would be");

        assertThatThrownBy(() -> SqliteLibrary.keptCopy(notAFolder.resolve("native/lib.so"), bytes("library")))
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
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (Stream<Path> kept = Files.walk(home.resolve("native")); InputStream shipped =
                LibraryLoaderUtil.class.getResourceAsStream(resource)) {
            List<Path> files = kept.filter(Files::isRegularFile).toList();
            assertThat(files).singleElement().satisfies(copy -> assertThat(copy.toString()).endsWith(resource));
            assertThat(Files.readAllBytes(files.get(0))).isEqualTo(shipped.readAllBytes());
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

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
