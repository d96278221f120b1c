package tenken.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.store.io.AtomicFile;
import tenken.store.io.CatalogueImporter;
import tenken.store.io.FileWriteException;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueRepository;

/**
 * Issue 10 items 8 and 17 on real media: a full disk (a small tmpfs), a read-only bind mount, and
 * read-only files and folders ({@code chattr +i}, which binds root too). Both need root and a Linux kernel that allows them; where
 * they do not (a developer's laptop), the tests are skipped, and {@code AtomicFileTest} covers the
 * same rules through the writer's abstraction.
 */
class MediaFailuresTest {

    @TempDir
    Path dir;

    private Path mounted;
    private Path immutable;
    private Path immutableFolder;

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @AfterEach
    void undo() throws Exception {
        if (immutable != null) {
            run("chattr", "-i", immutable.toString());
        }
        if (immutableFolder != null) {
            run("chattr", "-i", immutableFolder.toString());
        }
        if (mounted != null) {
            run("umount", mounted.toString());
        }
    }

    @Test
    void aFullDiskIsSaidInWordsAndTheExistingFileIsKept() throws Exception {
        Path disk = smallDisk();
        Path existing = disk.resolve("report.csv");
        Files.writeString(existing, "keep me\n");

        assertThatThrownBy(() -> AtomicFile.write(existing, out -> out.write(new byte[1024 * 1024])))
                .isInstanceOf(FileWriteException.class)
                .hasMessageContaining("disk is full")
                .satisfies(e -> assertThat(((FileWriteException) e).reason())
                        .isEqualTo(FileWriteException.Cause.DISK_FULL));
        assertThat(Files.readString(existing)).isEqualTo("keep me\n");
        assertThat(names(disk)).containsExactly("report.csv");
    }

    @Test
    void aNewDatabaseOnAFullDiskIsSaidInWordsAndTheUsersEmptyFileIsNotDeleted() throws Exception {
        Path disk = smallDisk();
        Path file = disk.resolve("new.db");
        Files.createFile(file);

        assertThatThrownBy(() -> TenkenDatabase.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("full")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("no transaction is active"));
        assertThat(file).exists();
        assertThat(names(disk)).containsExactly("new.db");
    }

    @Test
    void anImportThatFillsTheDiskSaysSoAndKeepsWhatWasStored() throws Exception {
        Path disk = smallDisk(8 * 1024);
        Path file = disk.resolve("full.db");
        TenkenDatabase database = TenkenDatabase.open(file);
        long before = new CatalogueRepository(database).rowCounts().get("supply_share");
        List<String> suppliers = new CatalogueRepository(database).load().countriesByIso3().values().stream()
                .filter(c -> !c.aggregate()).map(c -> c.iso3()).toList();
        StringBuilder shares = new StringBuilder("material,stage,country_iso3,share,year,source\n");
        for (int year = 2000; year <= 2025; year++) {
            for (String supplier : suppliers) {
                shares.append("gallium,refining,").append(supplier).append(",0.003,").append(year).append(',')
                        .append("USGS ").append("s".repeat(1000)).append('\n');
            }
        }
        // Fill the disk so that the import's pages have no room.
        try (var out = Files.newOutputStream(disk.resolve("ballast"))) {
            byte[] block = new byte[16 * 1024];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // The disk is full now.
        }

        assertThatThrownBy(() -> new CatalogueImporter(database).importShares("big.csv",
                shares.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ProgressMonitor.NONE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("disk is full")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("no transaction is active"));
        Files.delete(disk.resolve("ballast"));
        assertThat(new CatalogueRepository(database).rowCounts().get("supply_share")).isEqualTo(before);
    }

    @Test
    void aReadOnlyDatabaseFileOpensReadOnlyForReadingAndSaysWhyAWriteIsRefused() throws Exception {
        Path file = dir.resolve("ro.db");
        TenkenDatabase.open(file).connect().close();
        byte[] before = Files.readAllBytes(file);
        makeImmutable(file);

        TenkenDatabase database = TenkenDatabase.open(file);

        assertThat(database.readOnly()).isTrue();
        assertThat(new CatalogueRepository(database).load().designations()).hasSize(12);
        assertThat(new CatalogueRepository(database).integrityCheck()).containsExactly("ok");
        assertThat(new HealthCheck(database).problems()).isEmpty();
        assertThatThrownBy(() -> new CatalogueImporter(database).importShares("s.csv",
                "material,stage,country_iso3,share,year,source\ngallium,refining,CHN,0.1,2030,s\n"
                        .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ProgressMonitor.NONE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("open read-only")
                .hasMessageContaining("the file, or the medium it is on, is read-only");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDatabaseInAReadOnlyFolderOpensReadOnly() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("media"));
        Path file = folder.resolve("t.db");
        TenkenDatabase.open(file, false).connect().close();
        makeImmutableFolder(folder);

        TenkenDatabase database = TenkenDatabase.open(file);

        assertThat(database.readOnly()).isTrue();
        assertThat(database.readOnlyReason()).contains(folder.toString());
        assertThat(new CatalogueRepository(database).rowCounts().get("country")).isGreaterThan(240);
        assertThat(names(folder)).containsExactly("t.db");
    }

    @Test
    void aDatabaseOnAReadOnlyMountOpensReadOnlyAndSaysSo() throws Exception {
        Path source = Files.createDirectory(dir.resolve("source"));
        TenkenDatabase.open(source.resolve("t.db")).connect().close();
        Path media = Files.createDirectory(dir.resolve("media"));
        assumeTrue(run("mount", "--bind", source.toString(), media.toString()), "needs root and bind mounts");
        mounted = media;
        assumeTrue(run("mount", "-o", "remount,ro,bind", media.toString()), "needs read-only remounts");

        TenkenDatabase database = TenkenDatabase.open(media.resolve("t.db"));

        assertThat(database.readOnlyReason()).isEqualTo("the file, or the medium it is on, is read-only");
        assertThat(new CatalogueRepository(database).load().designations()).hasSize(12);
        assertThat(new HealthCheck(database).problems()).isEmpty();
        assertThatThrownBy(() -> new CatalogueImporter(database).importShares("s.csv",
                "material,stage,country_iso3,share,year,source\ngallium,refining,CHN,0.1,2030,s\n"
                        .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ProgressMonitor.NONE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("the file, or the medium it is on, is read-only");
    }

    private Path smallDisk() throws Exception {
        return smallDisk(256);
    }

    private Path smallDisk(int kib) throws Exception {
        Path point = Files.createDirectory(dir.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", point.toString()),
                "needs root and tmpfs mounts");
        mounted = point;
        return point;
    }

    private void makeImmutable(Path file) throws Exception {
        assumeTrue(run("chattr", "+i", file.toString()), "needs chattr on this file system");
        immutable = file;
        assumeTrue(!Files.isWritable(file), "chattr +i binds this user");
    }

    private void makeImmutableFolder(Path folder) throws Exception {
        assumeTrue(run("chattr", "+i", folder.toString()), "needs chattr on this file system");
        immutableFolder = folder;
        assumeTrue(!Files.isWritable(folder), "chattr +i binds this user");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
