package tenken.views.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tenken.assets.Messages;
import tenken.graph.concentration.Level;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.ChartPictureBuilder;
import tenken.views.picture.DependencyChart;
import tenken.views.picture.PictureStyle;

/**
 * Issue 13: on the projector the dependency chart's legend box covered the end of a long title. The title
 * and the subtitle now wrap left of the legend: no heading line, measured with the shipped font, meets the
 * legend's box where the painter puts it; and an export without headings still leaves every title line out.
 */
class ChartHeadingsTest {

    private static DependencyChart chart(String language) {
        Messages.setLocale(Messages.forLanguage(language));
        String material = "ja".equals(language) ? "半導体製造装置（その部品を含む。）及び半導体製造装置用の部素材"
                : "Semiconductor manufacturing equipment (including its components) and its parts and materials";
        return new DependencyChart(Messages.get("chart.title", material), Messages.get("chart.subtitleFallback",
                "ja".equals(language) ? "日本の輸入" : "Japan's imports"), List.of(new DependencyChart.Panel(
                        "ガリウム（製錬・精製）", 2024, "USGS MCS 2025, gallium", "", List.of(
                                new DependencyChart.Row("中国", "CHN", 0.8, 0.9, Level.CRITICAL, "中国 80%")))),
                "世界生産", "2024", List.of("USGS MCS 2025, gallium"));
    }

    @ParameterizedTest
    @CsvSource({"ja, projector, 1550", "en, projector, 1550", "en, projector, 1150", "ja, normal, 900",
            "en, normal, 900"})
    void theLegendCoversNoHeading(String language, String styleName, double width) {
        PictureStyle style = PictureStyle.ALL.stream().filter(s -> s.name().equals(styleName)).findFirst().orElseThrow();
        DependencyChart chart = chart(language);
        ChartPicture picture = new ChartPictureBuilder(style).build(chart, width);
        LegendPainter legend = new LegendPainter(picture.legend(), style);
        // Where ChartPainter draws the legend: its right edge a font size in from the chart's, a font size down.
        double legendLeft = width - style.fontSize() - legend.width();
        double legendTop = style.fontSize();
        double legendBottom = legendTop + legend.height();

        List<String> covered = new ArrayList<>();
        List<String> titleLines = new ArrayList<>();
        for (ChartPicture.Text text : picture.texts()) {
            if (text.bold() && text.size() == style.titleFontSize()) {
                titleLines.add(text.text());
            }
            double top = text.y() - text.size();
            double bottom = text.y() + text.size() * 0.3;
            double right = text.x() + JapaneseFont.width(text.text(), text.size());
            if (top < legendBottom && bottom > legendTop && right > legendLeft) {
                covered.add(text.text());
            }
        }
        assertThat(String.join("", titleLines).replace(" ", "")).as("the whole title is shown")
                .isEqualTo(chart.title().replace(" ", ""));
        assertThat(titleLines).as("a title this long wraps").hasSizeGreaterThan(1);
        assertThat(covered).as("texts under the legend box").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ja", "en"})
    void anExportWithoutHeadingsLeavesEveryTitleLineOut(String language) {
        DependencyChart chart = chart(language);
        ChartPicture picture = new ChartPictureBuilder(PictureStyle.PRINT).build(chart, 700);
        List<String> drawn = new ArrayList<>();
        Surface recorder = (Surface) java.lang.reflect.Proxy.newProxyInstance(Surface.class.getClassLoader(),
                new Class<?>[] {Surface.class}, (proxy, method, args) -> {
                    if (method.getName().equals("text")) {
                        drawn.add((String) args[2]);
                    }
                    return method.getReturnType() == boolean.class ? false
                            : method.getReturnType() == double.class ? 0.0 : null;
                });

        new ChartPainter(picture, false).paint(recorder, 0, 0);

        List<String> titleLines = picture.texts().stream().filter(t -> t.size() == PictureStyle.PRINT.titleFontSize())
                .map(ChartPicture.Text::text).toList();
        assertThat(titleLines).hasSizeGreaterThan(1);
        assertThat(drawn).as("no title line drawn without headings").doesNotContainAnyElementsOf(titleLines);
        assertThat(drawn).as("the bars' labels are drawn").contains("中国");
    }
}
