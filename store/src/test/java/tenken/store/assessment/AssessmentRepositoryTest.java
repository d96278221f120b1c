package tenken.store.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.store.TestDatabases;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Material;
import tenken.store.repo.CatalogueWriter;

class AssessmentRepositoryTest {

    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00.250Z");

    @TempDir
    Path dir;

    private TenkenDatabase database;
    private AssessmentRepository repository;

    @BeforeEach
    void open() {
        database = TestDatabases.withCountries(dir.resolve("a.db"));
        new CatalogueWriter(database).putMaterials(List.of(
                new Material("gallium", "ガリウム", "Gallium", null, 1),
                new Material("helium", "ヘリウム", "Helium", null, 2)));
        repository = new AssessmentRepository(database, Clock.fixed(NOON, ZoneOffset.UTC));
    }

    private static Findings findings(Judgment first, String rationale) {
        return Findings.undetermined().with(Requirement.ESSENTIAL, new Finding(first, rationale, "002 p.5"));
    }

    @Test
    void savingAppendsNumberedVersionsWithAssessorAndUtcTime() {
        AssessmentVersion first = repository.save("gallium", findings(Judgment.UNDETERMINED, ""), "初回", "山田");
        AssessmentVersion second = repository.save("gallium", findings(Judgment.MET, "半導体に不可欠"), "要件1を判断", " 佐藤 ");

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.assessor()).isEqualTo("佐藤");
        assertThat(second.recordedAt()).isEqualTo(Instant.parse("2025-03-01T12:00:00Z"));
        assertThat(second.changeNote()).isEqualTo("要件1を判断");
        assertThat(second.reference()).isFalse();
        assertThat(repository.history("gallium")).extracting(AssessmentVersion::version).containsExactly(1, 2);
        assertThat(repository.history("gallium").get(0).findings().of(Requirement.ESSENTIAL).judgment())
                .isEqualTo(Judgment.UNDETERMINED);
        assertThat(repository.latest("gallium")).contains(second);
        assertThat(repository.latest("helium")).isEmpty();
    }

    @Test
    void theStoredTimeIsUtcIsoText() throws SQLException {
        repository.save("gallium", Findings.undetermined(), "", "山田");

        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT recorded_at FROM assessment_version")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("2025-03-01T12:00:00Z");
        }
    }

    @Test
    void everyFieldOfEveryRequirementSurvivesTheRoundTrip() {
        Findings findings = Findings.undetermined()
                .with(Requirement.ESSENTIAL, new Finding(Judgment.MET, "理由1", "Reason 1", "002"))
                .with(Requirement.EXTERNAL_DEPENDENCE, new Finding(Judgment.NOT_MET, "理由2", "USGS 2025"))
                .with(Requirement.DISRUPTION_PROBABILITY, new Finding(Judgment.UNDETERMINED, "理由3", ""))
                .with(Requirement.MEASURE_NECESSITY, new Finding(Judgment.MET, "理由4", "004\n003"));

        repository.save("helium", findings, "", "山田");

        assertThat(repository.latest("helium").orElseThrow().findings()).isEqualTo(findings);
    }

    @Test
    void referenceVersionsAreMarkedAndRecordTheSeedAsAssessor() {
        AssessmentVersion reference = repository.saveReference("gallium", findings(Judgment.MET, "資料の理由"), "",
                java.time.LocalDate.of(2022, 12, 23));

        assertThat(reference.reference()).isTrue();
        assertThat(reference.recordedAt()).isEqualTo(Instant.parse("2022-12-23T00:00:00Z"));
        assertThat(reference.assessor()).isEqualTo(AssessmentVersion.REFERENCE_ASSESSOR);
        assertThat(repository.save("gallium", findings(Judgment.NOT_MET, "見直し"), "", "山田").reference()).isFalse();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAVersion() throws SQLException {
        repository.save("gallium", findings(Judgment.MET, "当初の理由"), "", "山田");

        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE assessment_version SET r1_rationale = '書き換え' WHERE material_key = 'gallium'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM assessment_version"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(repository.latest("gallium").orElseThrow().findings().of(Requirement.ESSENTIAL).rationale())
                .isEqualTo("当初の理由");
    }

    @Test
    void aVersionNeedsAnAssessor() {
        assertThatThrownBy(() -> repository.save("gallium", Findings.undetermined(), "", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.history("gallium")).isEmpty();
    }

    @Test
    void latestOfAllGivesEachAssessedMaterialsNewestVersion() {
        repository.save("gallium", Findings.undetermined(), "", "山田");
        repository.save("gallium", findings(Judgment.MET, ""), "", "山田");
        repository.save("helium", Findings.undetermined(), "", "佐藤");

        assertThat(repository.latestOfAll()).containsOnlyKeys("gallium", "helium");
        assertThat(repository.latestOfAll().get("gallium").version()).isEqualTo(2);
    }

    @Test
    void everyDatabaseHasTheFourRequirementDefinitionsInOrder() {
        assertThat(repository.definitions()).extracting(RequirementDefinition::requirement)
                .containsExactly(Requirement.values());
        assertThat(repository.definitions().get(0).title("ja")).contains("国民の生存に必要不可欠");
        assertThat(repository.definitions().get(3).title("ja")).isEqualTo("本制度による措置の必要性");
        assertThat(repository.definitions().get(1).definition("en")).contains("small number of specific countries");
    }

    @Test
    void aVersionKnowsTheDatesOfTheDocumentsItQuotes() {
        AssessmentVersion version = repository.save("gallium", Findings.undetermined()
                .with(Requirement.values()[0], new Finding(Judgment.MET, "理由", "内閣府「フォローアップ(2025年度)」（2025年10月）"))
                .with(Requirement.EXTERNAL_DEPENDENCE, new Finding(Judgment.MET, "理由",
                        "説明資料（令和６年６月４日時点）; 政令 (閣議決定 2022-12-20)"))
                .with(Requirement.MEASURE_NECESSITY, new Finding(Judgment.MET, "理由", "資料 2025年3月 と 2025年10月")),
                "", "山田");

        assertThat(version.documentDates()).containsExactly(java.time.YearMonth.of(2022, 12),
                java.time.YearMonth.of(2024, 6), java.time.YearMonth.of(2025, 3), java.time.YearMonth.of(2025, 10));
    }
}
