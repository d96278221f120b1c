package tenken.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.store.db.TenkenDatabase;
import tenken.store.repo.CatalogueRepository;

class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFileToTheCurrentSchema() throws Exception {
        TenkenDatabase database = TenkenDatabase.open(dir.resolve("new.db"), false);

        assertThat(database.created()).isTrue();
        assertThat(database.schemaVersion()).isEqualTo(ShippedMigrations.newestVersion());
        assertThat(new CatalogueRepository(database).rowCounts())
                .containsKeys("country", "stage", "material", "designation", "supply_share", "input_relation",
                        "supply_event", "setting")
                .containsEntry("material", 0L)
                .containsEntry("supply_share", 0L)
                .containsEntry("setting", 2L);
        assertThat(new CatalogueRepository(database).load().countriesByIso3())
                .as("the reference vocabulary: every ISO 3166-1 country and the aggregates")
                .containsKeys("JPN", "CHN", "WLD", "ROW")
                .hasSizeGreaterThan(240);
        try (Connection connection = database.connect();
             ResultSet foreignKeys = connection.createStatement().executeQuery("PRAGMA foreign_keys");
             ResultSet journal = connection.createStatement().executeQuery("PRAGMA journal_mode")) {
            foreignKeys.next();
            journal.next();
            assertThat(foreignKeys.getInt(1)).isEqualTo(1);
            assertThat(journal.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void reopeningAMigratedFileKeepsItsDataAndDoesNotSeedAgain() {
        Path file = dir.resolve("again.db");
        TestDatabases.withCountries(file);

        TenkenDatabase reopened = TenkenDatabase.open(file);

        assertThat(reopened.created()).isFalse();
        assertThat(new CatalogueRepository(reopened).rowCounts())
                .containsEntry("material", 0L);
    }

    @Test
    void thresholdsAreSettingsInTheDatabase() {
        TenkenDatabase database = TenkenDatabase.open(dir.resolve("settings.db"), false);

        var catalogue = new CatalogueRepository(database).load();

        assertThat(catalogue.setting("level.critical", -1)).isEqualTo(0.8);
        assertThat(catalogue.setting("level.high", -1)).isEqualTo(0.5);
    }
}
