package tenken.store.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import tenken.assets.Messages;
import tenken.store.TestDatabases;
import tenken.store.db.HealthCheck;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Material;
import tenken.store.repo.CatalogueWriter;

/** Issue 10 item 3: the assessment history cannot be rewritten unnoticed. */
class TamperEvidentHistoryTest {

    @TempDir
    Path dir;

    private Path file;
    private TenkenDatabase database;
    private AssessmentRepository repository;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.ENGLISH);
        file = dir.resolve("h.db");
        database = TestDatabases.withCountries(file);
        new CatalogueWriter(database).putMaterials(List.of(new Material("gallium", "ガリウム", "Gallium", null, 1),
                new Material("helium", "ヘリウム", "Helium", null, 2)));
        repository = new AssessmentRepository(database, Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"),
                ZoneOffset.UTC));
        repository.save("gallium", findings("初回"), "v1", "山田");
        repository.save("gallium", findings("改訂"), "v2", "佐藤");
        repository.save("gallium", findings("再改訂"), "v3", "佐藤");
        repository.save("helium", findings("ヘリウム"), "v1", "山田");
    }

    private static Findings findings(String rationale) {
        return Findings.undetermined().with(Requirement.ESSENTIAL, new Finding(Judgment.MET, rationale, "002 p.5"));
    }

    @Test
    void eachVersionCarriesAHashChainedToThePreviousOne() throws Exception {
        List<AssessmentVersion> history = repository.history("gallium");

        assertThat(history).extracting(AssessmentVersion::hash).allSatisfy(h -> assertThat(h).matches("[0-9a-f]{64}"))
                .doesNotHaveDuplicates();
        assertThat(history.get(1).hash()).isEqualTo(AssessmentHash.of(storedValues("gallium", 2),
                history.get(0).hash()));
        assertThat(history.get(0).hash()).isEqualTo(AssessmentHash.of(storedValues("gallium", 1), ""));
        assertThat(new HealthCheck(database).problems()).isEmpty();
    }

    @Test
    void everyConnectionHasRecursiveTriggersOn() throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA recursive_triggers")) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void replaceIntoAndInsertOrReplaceAreRefusedEvenWithoutRecursiveTriggers() throws Exception {
        String before = repository.history("gallium").get(1).hash();
        for (String verb : List.of("REPLACE INTO", "INSERT OR REPLACE INTO")) {
            try (Connection other = plainConnection(); Statement statement = other.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate(verb + " assessment_version"
                        + " SELECT * FROM assessment_version WHERE material_key = 'gallium' AND version = 2"))
                        .as(verb).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> statement.executeUpdate(verb + " assessment_version (id, material_key,"
                        + " version, assessor, recorded_at, r1_judgment, r2_judgment, r3_judgment, r4_judgment,"
                        + " chain_hash) SELECT id, material_key, version, 'mallory', recorded_at, 'not_met',"
                        + " r2_judgment, r3_judgment, r4_judgment, chain_hash FROM assessment_version"
                        + " WHERE material_key = 'gallium' AND version = 2"))
                        .as(verb).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
        }
        assertThat(repository.history("gallium").get(1).assessor()).isEqualTo("佐藤");
        assertThat(repository.history("gallium").get(1).hash()).isEqualTo(before);
        assertThat(new HealthCheck(database).problems()).isEmpty();
    }

    @Test
    void droppingTheTriggerAndUpdatingIsNamedByCheckWithTheFirstBrokenVersion() throws Exception {
        try (Connection other = plainConnection(); Statement statement = other.createStatement()) {
            statement.execute("DROP TRIGGER assessment_version_no_update");
            statement.executeUpdate("UPDATE assessment_version SET r1_judgment = 'not_met'"
                    + " WHERE material_key = 'gallium' AND version = 2");
        }

        assertThat(new HealthCheck(database).problems())
                .contains(Messages.get("check.missingTrigger", "assessment_version_no_update"))
                .contains(Messages.get("check.history.hashMismatch", "gallium", "2"))
                .noneMatch(p -> p.contains("helium"));
    }

    @Test
    void aDeletedVersionInTheMiddleIsNamed() throws Exception {
        try (Connection other = plainConnection(); Statement statement = other.createStatement()) {
            statement.execute("DROP TRIGGER assessment_version_no_delete");
            statement.executeUpdate("DELETE FROM assessment_version WHERE material_key = 'gallium' AND version = 2");
        }

        assertThat(new HealthCheck(database).problems())
                .contains(Messages.get("check.missingTrigger", "assessment_version_no_delete"))
                .contains(Messages.get("check.history.missingVersion", "gallium", "2", "3"));
    }

    @Test
    void aDroppedAssessmentTableIsNamed() throws Exception {
        try (Connection other = plainConnection(); Statement statement = other.createStatement()) {
            statement.execute("DROP TABLE assessment_version");
        }

        assertThat(new HealthCheck(database).problems())
                .contains(Messages.get("check.missingTable", "assessment_version"))
                .contains(Messages.get("check.missingTrigger", "assessment_version_no_replace"));
    }

    @Test
    void migrationFourHashesTheVersionsOfAnOlderFile() throws Exception {
        Path old = dir.resolve("v2.db");
        SQLiteDataSource v2 = new SQLiteDataSource();
        v2.setUrl("jdbc:sqlite:" + old);
        Flyway.configure().dataSource(v2).locations("classpath:db/migration").target("2").load().migrate();
        try (Connection connection = v2.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO country (iso3, name_ja, name_en) VALUES ('CHN', '中国', 'China')");
            statement.executeUpdate("INSERT INTO stage (key, name_ja, name_en) VALUES ('refining', '精製', 'Refining')");
            statement.executeUpdate("INSERT INTO requirement_definition VALUES (1, 't', 't', 'd', 'd', 's'),"
                    + " (2, 't', 't', 'd', 'd', 's'), (3, 't', 't', 'd', 'd', 's'), (4, 't', 't', 'd', 'd', 's')");
            statement.executeUpdate("INSERT INTO material (key, name_ja, name_en) VALUES ('gallium', 'ガリウム', 'Gallium')");
            for (int version = 1; version <= 2; version++) {
                statement.executeUpdate("INSERT INTO assessment_version (material_key, version, assessor, recorded_at,"
                        + " r1_judgment, r2_judgment, r3_judgment, r4_judgment) VALUES ('gallium', " + version
                        + ", '山田', '2025-01-0" + version + "T00:00:00Z', 'met', 'met', 'undetermined', 'not_met')");
            }
        }

        TenkenDatabase migrated = TenkenDatabase.open(old);
        List<AssessmentVersion> history = new AssessmentRepository(migrated).history("gallium");

        assertThat(history.get(1).hash()).isEqualTo(AssessmentHash.of(values(migrated, "gallium", 2),
                history.get(0).hash()));
        assertThat(new HealthCheck(migrated).problems()).isEmpty();
        AssessmentVersion third = new AssessmentRepository(migrated).save("gallium", findings("続き"), "", "佐藤");
        assertThat(third.version()).isEqualTo(3);
        assertThat(new HealthCheck(migrated).problems()).isEmpty();
    }

    /** A connection as another SQLite tool makes it: no recursive triggers, no Tenken pragmas. */
    private Connection plainConnection() throws SQLException {
        SQLiteDataSource plain = new SQLiteDataSource();
        plain.setUrl("jdbc:sqlite:" + file);
        return plain.getConnection();
    }

    private List<String> storedValues(String material, int version) throws SQLException {
        return values(database, material, version);
    }

    private static List<String> values(TenkenDatabase database, String material, int version) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT " + String.join(", ", AssessmentHash.FIELDS)
                     + " FROM assessment_version WHERE material_key = '" + material + "' AND version = " + version)) {
            row.next();
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= AssessmentHash.FIELDS.size(); i++) {
                values.add(row.getString(i));
            }
            return values;
        }
    }
}
