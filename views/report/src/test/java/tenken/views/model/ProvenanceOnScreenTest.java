package tenken.views.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.store.assessment.AssessmentRepository;
import tenken.store.assessment.AssessmentVersion;
import tenken.store.db.TenkenDatabase;
import tenken.store.repo.CatalogueRepository;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.ChartPictureBuilder;
import tenken.views.picture.DependencyChart;
import tenken.views.picture.PictureStyle;

/**
 * On the seeded catalogue: what the dependency chart, its export, the scenario table and the assessment
 * history tell a reader about where a figure comes from and when.
 */
class ProvenanceOnScreenTest {

    @TempDir
    static Path dir;

    private static TenkenDatabase database;
    private static AnalysisSnapshot analysis;

    @BeforeAll
    static void seed() {
        Messages.setLocale(Messages.JAPANESE);
        database = TenkenDatabase.open(dir.resolve("seeded.db"));
        analysis = AnalysisSnapshot.of(new CatalogueRepository(database).load());
    }

    @Test
    void theChartSaysInWordsWhereWorldProductionStandsInAndShowsBasisAndQualityInItsExport() {
        DependencyChart chart = DependencyCharts.of(analysis, "critical minerals", "JPN", analysis.exposure("JPN"));

        DependencyChart.Panel germanium = chart.panels().stream()
                .filter(p -> p.heading().startsWith("ゲルマニウム")).findFirst().orElseThrow();
        assertThat(germanium.heading()).contains("日本の輸入のデータがないため、世界生産で代用");
        DependencyChart.Panel gallium = chart.panels().stream()
                .filter(p -> p.heading().startsWith("ガリウム")).findFirst().orElseThrow();
        assertThat(gallium.heading()).doesNotContain("代用");
        assertThat(gallium.provenance()).contains("基準: import volume 2021", "品質: 報道");
        assertThat(gallium.rows().get(0).tooltip()).contains("Yomiuri", "品質: 報道");

        ChartPicture picture = new ChartPictureBuilder(PictureStyle.PRINT).build(chart, 1200);
        assertThat(picture.texts()).extracting(ChartPicture.Text::text)
                .anySatisfy(text -> assertThat(text).contains("品質: 報道"));
    }

    @Test
    void aMaterialWithoutDataIsNoDataNeverZeroAndTheThinOnesSayWhatThatMeans() {
        var losses = Scenarios.losses(analysis, "JPN", java.util.Set.of("CHN"), 1.0, java.util.Set.of());

        List<ScenarioRow> rows = Scenarios.ranked(analysis, "JPN", losses);

        assertThat(rows).hasSize(12);
        assertThat(rows).filteredOn(r -> r.loss() != null && r.insufficientData())
                .allSatisfy(r -> assertThat(r.tooltip()).contains("データが薄い"));
        assertThat(rows).filteredOn(r -> r.key().equals("permanent magnets")).singleElement()
                .satisfies(r -> assertThat(r.worstItem()).contains("投入物"));
    }

    @Test
    void aReferenceVersionIsDatedByItsDesignationAndDocuments() {
        AssessmentVersion reference = new AssessmentRepository(database).latest("semiconductors").orElseThrow();
        AssessmentText words = new AssessmentText(Messages.JAPANESE, List.of());

        assertThat(words.recorded(reference)).startsWith("指定 2022-12-23、根拠資料 ").contains("年").doesNotContain("UTC");
        assertThat(new AssessmentText(Messages.ENGLISH, List.of()).recorded(reference))
                .startsWith("designated 2022-12-23, documents of ");
    }
}
