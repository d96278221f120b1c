package tenken.views.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tenken.assets.Messages;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.repo.CatalogueRepository;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.ChartPictureBuilder;
import tenken.views.picture.DependencyChart;
import tenken.views.picture.PictureStyle;

class DependencyChartsTest {

    /** A percentage of minus zero, "-0%", "-0 %" or "-0.0%" (but not a date's "-01"). */
    private static final String MINUS_ZERO = "-0(\\.0+)?\\s?%";

    /** Issue 13, item 5: semiconductors for Japan showed "日本 31% → -0%". */
    @Test
    void noChartOfTheShippedCatalogueShowsMinusZero() throws Exception {
        Messages.setLocale(Messages.JAPANESE);
        Path dir = Files.createTempDirectory("tenken-charts");
        AnalysisSnapshot analysis = AnalysisSnapshot.of(
                new CatalogueRepository(TenkenDatabase.open(dir.resolve("t.db"))).load());
        int rows = 0;
        for (String consumer : new String[] {Country.JAPAN, Country.WORLD}) {
            for (Material material : analysis.catalogue().designatedMaterials()) {
                DependencyChart chart = DependencyCharts.of(analysis, material.key(), consumer,
                        analysis.exposure(consumer));
                for (DependencyChart.Panel panel : chart.panels()) {
                    for (DependencyChart.Row row : panel.rows()) {
                        rows++;
                        assertThat(row.lookThrough() == null || row.lookThrough() >= 0).as(row.tooltip()).isTrue();
                        assertThat(row.tooltip()).doesNotContainPattern(MINUS_ZERO);
                    }
                }
                ChartPicture picture = new ChartPictureBuilder(PictureStyle.NORMAL).build(chart, 1200);
                assertThat(picture.texts()).allSatisfy(text -> assertThat(text.text()).doesNotContainPattern(MINUS_ZERO));
                assertThat(picture.bars()).allSatisfy(bar -> assertThat(bar.width()).isNotNegative());
            }
        }
        assertThat(rows).isGreaterThan(100);
    }
}
