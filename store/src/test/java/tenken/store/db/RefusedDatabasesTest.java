package tenken.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import tenken.assets.Messages;
import tenken.store.ShippedMigrations;
import tenken.store.repo.CatalogueRepository;

/** Issue 10 items 7 and 14: files Tenken must not write to are recognised before anything is written. */
class RefusedDatabasesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void aDatabaseFromANewerTenkenIsRefusedAndLeftByteForByte() throws Exception {
        Path file = dir.resolve("future.db");
        TenkenDatabase.open(file, false);
        try (Connection connection = plain(file); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) VALUES (99, '"
                    + (TenkenDatabase.SCHEMA_VERSION + 1) + "', 'future', 'SQL', 'V5__future.sql', 0, 'x', 0, 1)");
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> TenkenDatabase.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("made by a newer Tenken")
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aForeignSqliteFileIsRefusedBeforeItIsSwitchedToWriteAheadLogging() throws Exception {
        Path file = dir.resolve("accounts.db");
        try (Connection connection = plain(file); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)");
            statement.executeUpdate("INSERT INTO invoice (amount) VALUES (12.5)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThat(before[18]).as("rollback journal, not WAL").isEqualTo((byte) 1);

        assertThatThrownBy(() -> TenkenDatabase.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("another program")
                .hasMessageContaining("invoice")
                .hasMessageContaining("wrote nothing");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.exists(Path.of(file + "-wal"))).isFalse();
    }

    @Test
    void flywaysOwnAdviceNeverReachesTheUser() throws Exception {
        Path file = dir.resolve("edited.db");
        TenkenDatabase.open(file, false);
        try (Connection connection = plain(file); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '1'");
        }

        assertThatThrownBy(() -> TenkenDatabase.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("does not match")
                .satisfies(e -> assertThat(e.getMessage().toLowerCase())
                        .doesNotContain("repair").doesNotContain("flyway").doesNotContain("http"));
    }

    @Test
    void theSchemaVersionIsTheHighestMigrationShipped() {
        assertThat(String.valueOf(TenkenDatabase.SCHEMA_VERSION)).isEqualTo(ShippedMigrations.newestVersion());
        assertThat(TenkenDatabase.open(dir.resolve("new.db"), false).schemaVersion())
                .isEqualTo(String.valueOf(TenkenDatabase.SCHEMA_VERSION));
    }

    @Test
    void anExistingEmptyFileIsSeededInPlace() throws Exception {
        Path file = dir.resolve("named-by-user.db");
        Files.createFile(file);

        TenkenDatabase database = TenkenDatabase.open(file, false);

        assertThat(database.created()).isTrue();
        assertThat(new CatalogueRepository(database).rowCounts().get("country")).isGreaterThan(240);
    }

    @Test
    void aFolderGivenAsTheDatabaseIsNamed() throws Exception {
        assertThatThrownBy(() -> TenkenDatabase.open(dir))
                .isInstanceOf(StoreException.class).hasMessageContaining("is a folder");
        assertThat(List.of(dir.toFile().list())).isEmpty();
    }

    private static Connection plain(Path file) throws Exception {
        SQLiteDataSource plain = new SQLiteDataSource();
        plain.setUrl("jdbc:sqlite:" + file);
        return plain.getConnection();
    }
}
