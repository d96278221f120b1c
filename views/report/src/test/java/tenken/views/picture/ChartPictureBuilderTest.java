package tenken.views.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tenken.assets.Messages;
import tenken.graph.concentration.Level;

class ChartPictureBuilderTest {

    @Test
    void barsAreProportionalToSharesAndLookThroughBarsAreHatched() {
        Messages.setLocale(Messages.JAPANESE);
        DependencyChart chart = new DependencyChart("ガリウム", "世界生産", List.of(new DependencyChart.Panel(
                "ガリウム（製錬・精製）", 2024, "USGS MCS 2025, gallium", "", List.of(
                        new DependencyChart.Row("中国", "CHN", 0.8, 0.9, Level.CRITICAL, "中国 80%"),
                        new DependencyChart.Row("日本", "JPN", 0.2, null, Level.NORMAL, "日本 20%")))),
                "世界生産", "2024", List.of("USGS MCS 2025, gallium"));

        ChartPicture picture = new ChartPictureBuilder(PictureStyle.NORMAL).build(chart, 1000);

        List<ChartPicture.Bar> bars = picture.bars();
        assertThat(bars).hasSize(3);
        ChartPicture.Bar china = bars.get(0);
        ChartPicture.Bar chinaLookThrough = bars.get(1);
        ChartPicture.Bar japan = bars.get(2);
        assertThat(china.hatched()).isFalse();
        assertThat(chinaLookThrough.hatched()).isTrue();
        assertThat(china.width() / japan.width()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(chinaLookThrough.width() / china.width()).isCloseTo(0.9 / 0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(china.fill()).isEqualTo(PictureStyle.NORMAL.critical());
        assertThat(picture.barAt(china.x() + 1, china.y() + 1)).isEqualTo(china);
        assertThat(picture.texts()).anySatisfy(text -> assertThat(text.text()).contains("2024").contains("USGS"));
        assertThat(picture.footnote()).contains("USGS MCS 2025");
        assertThat(picture.width()).isEqualTo(1000);
    }

    @Test
    void aPanelNamesItsSourceByItsWholeTitleWrappedToTheChart() {
        Messages.setLocale(Messages.ENGLISH);
        String source = "EU Study on the Critical Raw Materials for the EU 2023 (Final Report), Appendix 7 global"
                + " supply shares; https://op.europa.eu/en/publication-detail/-/publication/57318397";
        DependencyChart chart = new DependencyChart("Manganese", "World production", List.of(new DependencyChart.Panel(
                "Manganese (refining)", 2020, source, "", List.of(
                        new DependencyChart.Row("China", "CHN", 0.582, null, Level.HIGH, "China 58.2%")))),
                "World production", "2020", List.of(source));

        for (double width : new double[] {1000, 300}) {
            ChartPicture picture = new ChartPictureBuilder(PictureStyle.NORMAL).build(chart, width);

            String sourceLines = picture.texts().stream().map(ChartPicture.Text::text)
                    .dropWhile(text -> !text.contains("2020"))
                    .takeWhile(text -> !text.equals("China"))
                    .reduce("", (a, b) -> a + " " + b);
            assertThat(sourceLines).as("at %s px", width)
                    .contains("EU Study on the Critical Raw").contains("Materials for the EU 2023").doesNotContain("…");
            assertThat(picture.texts()).allSatisfy(text ->
                    assertThat(text.x()).isLessThanOrEqualTo(width));
        }
    }
}
