package tenken.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import tenken.assets.Messages;
import tenken.store.ShippedMigrations;

/**
 * A file opened without Flyway must be one Flyway would have left alone: its history is this build's, row
 * for row. Anything else goes through Flyway, which migrates it or refuses it as before.
 */
class CurrentSchemaTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__[^$]+\\.(sql|class)");

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
    }

    @Test
    void theListNamesEveryShippedMigrationInTheOrderFlywayAppliesThem() throws Exception {
        List<String> shipped = new ArrayList<>();
        Path folder = Path.of(ShippedMigrations.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> MIGRATION.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .sorted(Comparator.comparingInt(m -> Integer.parseInt(m.group(1))))
                    .forEach(m -> shipped.add(m.group().endsWith(".class")
                            ? "db.migration." + m.group().replace(".class", "") : m.group()));
        }

        assertThat(CurrentSchema.MIGRATIONS).containsExactlyElementsOf(shipped);
        assertThat(CurrentSchema.applied(CurrentSchema.MIGRATIONS.get(CurrentSchema.MIGRATIONS.size() - 1)).get(0))
                .as("the newest migration's version").isEqualTo(String.valueOf(TenkenDatabase.SCHEMA_VERSION));
    }

    @Test
    void theHistoryFlywayWritesIsTheOneExpected() throws Exception {
        Path file = dir.resolve("new.db");
        TenkenDatabase.open(file, false);

        try (Connection connection = plain(file); Statement statement = connection.createStatement()) {
            assertThat(CurrentSchema.isCurrent(statement)).isTrue();
        }
    }

    @Test
    void aHistoryThatDiffersInAnythingFlywayValidatesIsNotCurrent() throws Exception {
        Path file = dir.resolve("new.db");
        TenkenDatabase.open(file, false);

        for (String edit : List.of(
                "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '9'",
                "UPDATE flyway_schema_history SET checksum = 1 WHERE version = '4'",
                "UPDATE flyway_schema_history SET success = 0 WHERE version = '9'",
                "UPDATE flyway_schema_history SET description = 'shares' WHERE version = '9'",
                "UPDATE flyway_schema_history SET script = 'V9__shares.sql' WHERE version = '9'",
                "UPDATE flyway_schema_history SET type = 'JDBC' WHERE version = '1'",
                "DELETE FROM flyway_schema_history WHERE version = '4'",
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                        + " installed_by, execution_time, success) VALUES (99, '5', 'extra', 'SQL', 'V5__extra.sql',"
                        + " 0, 'x', 0, 1)")) {
            Path edited = dir.resolve("edited-" + edit.hashCode() + ".db");
            Files.copy(file, edited);
            try (Connection connection = plain(edited); Statement statement = connection.createStatement()) {
                statement.executeUpdate(edit);
                assertThat(CurrentSchema.isCurrent(statement)).as(edit).isFalse();
            }
        }
    }

    @Test
    void aMissingMigrationBelowTheNewestIsRefusedAsFlywayRefusesIt() throws Exception {
        Path file = dir.resolve("gap.db");
        TenkenDatabase.open(file, false);
        try (Connection connection = plain(file); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '3'");
        }

        assertThatThrownBy(() -> TenkenDatabase.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void aCurrentFileOpensAsItWasMade() throws Exception {
        Path file = dir.resolve("current.db");
        TenkenDatabase.open(file, false);

        TenkenDatabase reopened = TenkenDatabase.open(file);

        assertThat(reopened.created()).isFalse();
        assertThat(reopened.readOnly()).isFalse();
        assertThat(reopened.schemaVersion()).isEqualTo(String.valueOf(TenkenDatabase.SCHEMA_VERSION));
        try (Connection connection = reopened.connect(); Statement statement = connection.createStatement();
             var mode = statement.executeQuery("PRAGMA journal_mode")) {
            assertThat(mode.next()).isTrue();
            assertThat(mode.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    private static Connection plain(Path file) throws Exception {
        SQLiteDataSource plain = new SQLiteDataSource();
        plain.setUrl("jdbc:sqlite:" + file);
        return plain.getConnection();
    }
}
