package tenken.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.store.db.StoreException;
import tenken.store.db.TenkenDatabase;
import tenken.store.io.CatalogueImporter;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueRepository;

class DatabaseFailureTest {

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void aFileThatIsNotADatabaseGetsAClearMessageAndIsLeftAlone() throws Exception {
        Path notADatabase = dir.resolve("notes.db");
        byte[] content = "these are meeting notes, not a database".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(notADatabase, content);

        assertThatThrownBy(() -> TenkenDatabase.open(notADatabase))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(notADatabase.toAbsolutePath().toString())
                .hasMessageContaining("not a Tenken (SQLite) database");
        assertThat(Files.readAllBytes(notADatabase)).isEqualTo(content);
    }

    @Test
    void aDatabaseLockedByAnotherWriterGetsAClearMessageAndKeepsItsData() throws Exception {
        Path file = dir.resolve("locked.db");
        TenkenDatabase database = TestDatabases.withMaterials(file);
        CatalogueImporter importer = new CatalogueImporter(database);
        byte[] shares = "material,stage,country_iso3,share,year,source\ngallium,refining,CHN,0.9,2024,s\n"
                .getBytes(StandardCharsets.UTF_8);

        try (Connection other = database.connect(); Statement statement = other.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> importer.importShares("g.csv", shares, null, ProgressMonitor.NONE))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("locked by another program")
                    .hasMessageContaining(file.toAbsolutePath().toString());
            statement.execute("ROLLBACK");
        }
        assertThat(new CatalogueRepository(database).rowCounts()).containsEntry("supply_share", 0L);
    }

    @Test
    void aCorruptedPageIsFoundByTheIntegrityCheckOrRefusedWithAMessage() throws Exception {
        Path file = dir.resolve("corrupt.db");
        TenkenDatabase.open(file).connect().close();
        checkpoint(file);
        byte[] bytes = Files.readAllBytes(file);
        // Overwrite the middle pages (table and index b-trees) with noise, keeping the header page.
        for (int i = 4096 * 2; i < bytes.length - 4096; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);

        try {
            var integrity = new CatalogueRepository(TenkenDatabase.open(file)).integrityCheck();
            assertThat(integrity).isNotEqualTo(java.util.List.of("ok"));
        } catch (StoreException e) {
            assertThat(e.getMessage()).contains(file.toAbsolutePath().toString()).containsAnyOf("corrupt", "not a Tenken");
        }
    }

    @Test
    void aReadOnlyDatabaseIsExplainedWithTheFileAndWhatToDo() {
        // Root (CI) writes through file permissions, so the SQLite failure itself is what is fed in.
        TenkenDatabase database = TestDatabases.withCountries(dir.resolve("ro.db"));
        var failure = new org.sqlite.SQLiteException("[SQLITE_READONLY] attempt to write a readonly database",
                org.sqlite.SQLiteErrorCode.SQLITE_READONLY);

        StoreException translated = database.translate(new java.sql.SQLException("wrapped", failure));

        assertThat(translated.getMessage()).contains(dir.resolve("ro.db").toAbsolutePath().toString())
                .contains("read-only").contains("--db");
    }

    private static void checkpoint(Path file) throws Exception {
        TenkenDatabase database = TenkenDatabase.open(file);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            statement.execute("PRAGMA journal_mode=DELETE");
        }
    }
}
