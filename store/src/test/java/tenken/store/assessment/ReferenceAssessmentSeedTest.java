package tenken.store.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import tenken.store.db.TenkenDatabase;
import tenken.store.repo.CatalogueRepository;

class ReferenceAssessmentSeedTest {

    @TempDir
    Path dir;

    @Test
    void aSeededDatabaseHasAReferenceAssessmentOfEachDesignatedMaterial() {
        TenkenDatabase database = TenkenDatabase.open(dir.resolve("seeded.db"));
        AssessmentRepository repository = new AssessmentRepository(database);
        var designated = new CatalogueRepository(database).load().designatedMaterials();

        assertThat(designated).hasSize(12);
        assertThat(repository.latestOfAll()).hasSize(12);
        for (var material : designated) {
            var history = repository.history(material.key());
            assertThat(history).as(material.key()).hasSize(1);
            AssessmentVersion reference = history.get(0);
            assertThat(reference.reference()).isTrue();
            assertThat(reference.assessor()).isEqualTo(AssessmentVersion.REFERENCE_ASSESSOR);
            // Dated by its documents, not by the moment this database was made.
            java.time.LocalDate designatedOn = new CatalogueRepository(database).load().designationOf(material.key())
                    .orElseThrow().designatedOn();
            assertThat(reference.recordedAt()).isEqualTo(designatedOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            assertThat(reference.documentDates()).as(material.key()).isNotEmpty()
                    .allSatisfy(month -> assertThat(month).isBetween(java.time.YearMonth.of(2022, 12),
                            java.time.YearMonth.of(2025, 10)));
            for (Requirement requirement : Requirement.values()) {
                Finding finding = reference.findings().of(requirement);
                assertThat(finding.rationale()).as(material.key() + " " + requirement).isNotBlank();
                assertThat(finding.rationaleEn()).as(material.key() + " " + requirement).isNotBlank();
                assertThat(finding.references()).as(material.key() + " " + requirement).isNotBlank();
            }
            // Designated: the government documents' reasons meet all four requirements.
            assertThat(reference.outcome().candidate()).as(material.key()).isTrue();
        }
    }

    /** Kana, kanji and the full-width punctuation that comes with them (「」（）、。). */
    private static final java.util.regex.Pattern JAPANESE =
            java.util.regex.Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");

    @Test
    void everySeededReferenceFindingHasAWholeRationaleInEachLanguage() {
        TenkenDatabase database = TenkenDatabase.open(dir.resolve("languages.db"));
        var latest = new AssessmentRepository(database).latestOfAll();

        assertThat(latest).hasSize(12);
        int findings = 0;
        for (var version : latest.values()) {
            for (Requirement requirement : Requirement.values()) {
                Finding finding = version.findings().of(requirement);
                String where = version.materialKey() + " " + requirement;
                assertThat(finding.rationale()).as(where + " Japanese").isNotBlank()
                        .containsPattern(JAPANESE);
                assertThat(finding.rationaleEn()).as(where + " English").isNotBlank()
                        .doesNotContainPattern(JAPANESE);
                // A reference list, not a program's rendering of one.
                assertThat(finding.references()).as(where + " references").isNotBlank().doesNotStartWith("[");
                findings++;
            }
        }
        assertThat(findings).isEqualTo(48);
    }

    @Test
    void thePatternTellsJapaneseFromEnglish() {
        assertThat("（政府資料, 2023年2月））。関連する記述").containsPattern(JAPANESE);
        assertThat("ネオジム").containsPattern(JAPANESE);
        assertThat("(General) β-lactam antibiotics 'make up most' (METI, November 2023).")
                .doesNotContainPattern(JAPANESE);
    }

    @Test
    void anEmptyCatalogueHasDefinitionsButNoReferenceAssessments() {
        TenkenDatabase database = TenkenDatabase.open(dir.resolve("empty.db"), false);

        assertThat(new AssessmentRepository(database).definitions()).hasSize(4);
        assertThat(new AssessmentRepository(database).latestOfAll()).isEmpty();
    }

    @Test
    void aFileFromBeforeAssessmentsGetsDefinitionsAndReferenceAssessmentsWhenMigrated() throws Exception {
        Path file = dir.resolve("v1.db");
        SQLiteDataSource v1 = new SQLiteDataSource();
        v1.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(v1).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = v1.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO material (key, name_ja, name_en) VALUES"
                    + " ('semiconductors', '半導体', 'Semiconductors'), ('helium', 'ヘリウム', 'Helium')");
            statement.executeUpdate("INSERT INTO designation (material_key, ministry_ja, ministry_en, source)"
                    + " VALUES ('semiconductors', '経済産業省', 'METI', 'seed 001')");
        }

        TenkenDatabase migrated = TenkenDatabase.open(file);
        AssessmentRepository repository = new AssessmentRepository(migrated);

        assertThat(migrated.schemaVersion()).isEqualTo(tenken.store.ShippedMigrations.newestVersion());
        assertThat(repository.definitions()).hasSize(4);
        assertThat(repository.latestOfAll()).containsOnlyKeys("semiconductors");
        assertThat(repository.latest("semiconductors").orElseThrow().reference()).isTrue();
    }
}
