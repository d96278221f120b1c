package tenken.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.store.model.SupplyShare;
import tenken.store.repo.CatalogueRepository;

/**
 * Schema 8 rebuilds the share table keyed in file order, schema 9 stores it coded (integers for keys, one row
 * per provenance); a file of schema 7 keeps every share it had through both.
 */
class ShareTableMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aSchema7FileKeepsItsSharesInTheRebuiltTable() throws Exception {
        Path file = dir.resolve("old.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure(getClass().getClassLoader()).dataSource(url, null, null)
                .locations("classpath:db/migration").target("7").load().migrate();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO country (iso3, name_ja, name_en, aggregate) VALUES ('WLD', '世界', 'World', 1),"
                    + " ('CHN', '中国', 'China', 0), ('JPN', '日本', 'Japan', 0)");
            sql.execute("INSERT INTO stage (key, name_ja, name_en) VALUES ('refining', '精製', 'Refining')");
            sql.execute("INSERT INTO material (key, name_ja, name_en) VALUES ('gallium', 'ガリウム', 'Gallium')");
            sql.execute("INSERT INTO supply_share (material_key, stage_key, consumer_iso3, supplier_iso3, share, year,"
                    + " source, basis, quality, note) VALUES"
                    + " ('gallium', 'refining', 'WLD', 'CHN', 0.98, 2024, 'USGS', 'b', 'official', 'n'),"
                    + " ('gallium', 'refining', 'WLD', 'JPN', 0.01, 2024, 'USGS', '', '', ''),"
                    + " ('gallium', 'refining', 'JPN', 'CHN', 0.7, 2023, 'METI', '', '', ''),"
                    + " ('gallium', 'refining', 'JPN', 'JPN', 0.3, 2023, 'METI', '', '', '')");
        }

        TenkenDatabase database = TenkenDatabase.open(file);

        assertThat(database.schemaVersion()).isEqualTo("9");
        assertThat(new CatalogueRepository(database).load().shares())
                .extracting(SupplyShare::consumer, SupplyShare::supplier, SupplyShare::share, SupplyShare::year,
                        SupplyShare::source, SupplyShare::basis, SupplyShare::quality, SupplyShare::note)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("WLD", "CHN", 0.98, 2024, "USGS", "b", "official", "n"),
                        org.assertj.core.groups.Tuple.tuple("WLD", "JPN", 0.01, 2024, "USGS", "", "", ""),
                        org.assertj.core.groups.Tuple.tuple("JPN", "CHN", 0.7, 2023, "METI", "", "", ""),
                        org.assertj.core.groups.Tuple.tuple("JPN", "JPN", 0.3, 2023, "METI", "", "", ""));
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            try (ResultSet table = sql.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'share_row'")) {
                table.next();
                assertThat(table.getString(1)).contains("WITHOUT ROWID")
                        .contains("PRIMARY KEY (consumer, year, material, stage, supplier)");
            }
            try (ResultSet provenance = sql.executeQuery("SELECT count(*) FROM share_provenance")) {
                provenance.next();
                assertThat(provenance.getInt(1)).as("one row per distinct source, basis, quality and note")
                        .isEqualTo(3);
            }
        }
    }
}
