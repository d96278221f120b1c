package tenken.store.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;

/** Issue 11 item 4, issue 10 items 8 and 11: the one file writer never leaves half a file or loses one. */
class AtomicFileTest {

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void writesTheContentWithThePermissionsANewFileGets() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path target = dir.resolve("export.csv");

        AtomicFile.write(target, out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target)).isEqualTo("a,b\n");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain))
                .as("not createTempFile's owner-only 0600").isNotEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(names()).containsExactly("export.csv", "plain.txt");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path target = Files.writeString(dir.resolve("shared.csv"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));

        AtomicFile.write(target, out -> out.write('n'));

        assertThat(Files.readString(target)).isEqualTo("n");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-rw-r--"));
    }

    @Test
    void aFailedWriteLeavesTheExistingFileAndNoHiddenFile() throws Exception {
        Path target = Files.writeString(dir.resolve("briefing.pdf"), "the minister's copy");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        })).isInstanceOf(FileWriteException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("disk is full")
                .satisfies(e -> assertThat(((FileWriteException) e).reason())
                        .isEqualTo(FileWriteException.Cause.DISK_FULL));

        assertThat(Files.readString(target)).isEqualTo("the minister's copy");
        assertThat(names()).containsExactly("briefing.pdf");
    }

    @Test
    void anEmptyExistingFileIsNotDeletedByAFailedWrite() throws Exception {
        Path target = Files.createFile(dir.resolve("empty.csv"));

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            throw new IOException("Input/output error");
        })).isInstanceOf(FileWriteException.class).hasMessageContaining("Input/output error");

        assertThat(target).exists().isEmptyFile();
    }

    @Test
    void aMissingFolderIsNamedAndNotCreated() {
        Path target = dir.resolve("missing").resolve("x.csv");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write('x')))
                .isInstanceOf(FileWriteException.class)
                .hasMessageContaining(dir.resolve("missing").toString())
                .hasMessageContaining("does not exist")
                .satisfies(e -> assertThat(((FileWriteException) e).reason())
                        .isEqualTo(FileWriteException.Cause.MISSING_FOLDER));
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void aFolderAsTargetIsNamed() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));

        assertThatThrownBy(() -> AtomicFile.write(folder, out -> out.write('x')))
                .isInstanceOf(FileWriteException.class)
                .hasMessageContaining("is a folder")
                .satisfies(e -> assertThat(((FileWriteException) e).reason())
                        .isEqualTo(FileWriteException.Cause.IS_FOLDER));
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void theOperatingSystemsWordsAreClassified() {
        assertThat(AtomicFile.classify(new IOException("No space left on device")))
                .isEqualTo(FileWriteException.Cause.DISK_FULL);
        assertThat(AtomicFile.classify(new IOException("Disk quota exceeded")))
                .isEqualTo(FileWriteException.Cause.DISK_FULL);
        assertThat(AtomicFile.classify(new java.nio.file.FileSystemException("/m/x", null, "Read-only file system")))
                .isEqualTo(FileWriteException.Cause.READ_ONLY);
        assertThat(AtomicFile.classify(new java.nio.file.AccessDeniedException("/m/x")))
                .isEqualTo(FileWriteException.Cause.READ_ONLY);
        assertThat(AtomicFile.classify(new IOException("Input/output error"))).isEqualTo(FileWriteException.Cause.OTHER);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
