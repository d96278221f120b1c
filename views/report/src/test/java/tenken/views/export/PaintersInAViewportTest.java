package tenken.views.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.PictureStyle;

/**
 * What the painters draw for the window: only what meets the viewport, labels only when asked, the node
 * or bar under the pointer outlined in the focus colour; and, with {@link Viewport#ALL}, all of it.
 */
class PaintersInAViewportTest {

    private static final PictureStyle STYLE = PictureStyle.NORMAL;

    @Test
    void aGraphViewportOnTheCountriesDrawsTheirNodesAndTheEdgesLeavingThemButNotTheItemFarRight() {
        GraphPicture picture = TestPictures.gallium(STYLE);
        Recording all = new Recording();
        new GraphPainter(picture).paint(all, Viewport.ALL, true, null);
        assertThat(all.texts()).containsExactlyInAnyOrder("中国", "ロシア", "ガリウム・精錬");
        assertThat(all.count("curve")).isEqualTo(2);
        // China's warning triangle and the stem of its exclamation mark (a symbol, not a glyph).
        assertThat(all.count("polygon")).isEqualTo(2);

        Recording countries = new Recording();
        new GraphPainter(picture).paint(countries, new Viewport(-60, -20, 40, 80), true, null);
        assertThat(countries.texts()).containsExactlyInAnyOrder("中国", "ロシア");
        assertThat(countries.count("curve")).isEqualTo(2);
        assertThat(countries.count("polygon")).isEqualTo(2);

        Recording nothing = new Recording();
        new GraphPainter(picture).paint(nothing, new Viewport(1_000, 1_000, 2_000, 2_000), true, null);
        assertThat(nothing.primitives).isEmpty();
    }

    @Test
    void withoutLabelsTheNodesAndTheirMarkersAreStillDrawnButNoName() {
        Recording recording = new Recording();
        new GraphPainter(TestPictures.gallium(STYLE)).paint(recording, Viewport.ALL, false, null);
        assertThat(recording.texts()).isEmpty();
        // Two countries, China's chokepoint ring and the dot of its exclamation mark; the triangle and the stem.
        assertThat(recording.count("ellipse")).isEqualTo(4);
        assertThat(recording.count("polygon")).isEqualTo(2);
        assertThat(recording.count("roundRect")).isEqualTo(1);
    }

    @Test
    void theHighlightedNodeIsOutlinedInTheFocusColourAtTwiceItsWidth() {
        Recording plain = new Recording();
        new GraphPainter(TestPictures.gallium(STYLE)).paint(plain, Viewport.ALL, true, null);
        assertThat(plain.strokes()).doesNotContain(STYLE.focus());

        Recording highlighted = new Recording();
        new GraphPainter(TestPictures.gallium(STYLE)).paint(highlighted, Viewport.ALL, true, "RUS");
        assertThat(highlighted.primitives).filteredOn(p -> STYLE.focus().equals(p.stroke))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.kind).isEqualTo("ellipse");
                    assertThat(p.y).isEqualTo(60 - STYLE.countryDiameter() / 2);
                    assertThat(p.strokeWidth).isEqualTo(STYLE.nodeStrokeWidth() * 2);
                });
    }

    @Test
    void aChartBandDrawsTheBarsAndTextsOnItsLinesOnlyAndOutlinesTheHighlightedBar() {
        ChartPicture chart = TestPictures.galliumChart(STYLE);
        Recording whole = new Recording();
        new ChartPainter(chart).paint(whole, Viewport.ALL, null);
        assertThat(whole.texts()).contains("ガリウムの依存度", "中国", "98.4% → 99.0%", TestPictures.FOOTNOTE,
                "表面上のシェア");

        Recording band = new Recording();
        ChartPicture.Bar hatched = chart.bars().get(1);
        new ChartPainter(chart).paint(band, new Viewport(0, 85, chart.width(), 110), hatched);
        assertThat(band.texts()).containsExactlyInAnyOrder("中国", "98.4% → 99.0%");
        // Both bars' fill and outline, the hatching of the second, and the guide crossing the band.
        assertThat(band.count("rect")).isEqualTo(4);
        assertThat(band.count("line")).isGreaterThan(1);
        assertThat(band.primitives).filteredOn(p -> STYLE.focus().equals(p.stroke)).singleElement()
                .satisfies(p -> {
                    assertThat(p.y).isEqualTo(hatched.y());
                    assertThat(p.strokeWidth).isEqualTo(hatched.strokeWidth() * 3);
                });

        Recording above = new Recording();
        new ChartPainter(chart).paint(above, new Viewport(0, 0, chart.width(), 40), null);
        assertThat(above.texts()).contains("ガリウムの依存度", "表面上のシェア").doesNotContain("中国");
        assertThat(above.count("rect")).as("the legend's background and frame").isEqualTo(2);
        assertThat(above.count("roundRect")).as("the legend's two bar samples, fill and outline").isEqualTo(4);
    }

    /** What a painter drew, primitive by primitive. */
    private static final class Recording implements Surface {

        record Primitive(String kind, double y, String stroke, double strokeWidth, String text) {
        }

        final List<Primitive> primitives = new ArrayList<>();

        List<String> texts() {
            return primitives.stream().filter(p -> p.text != null).map(Primitive::text).toList();
        }

        List<String> strokes() {
            return primitives.stream().map(Primitive::stroke).filter(s -> s != null).toList();
        }

        long count(String kind) {
            return primitives.stream().filter(p -> p.kind.equals(kind)).count();
        }

        @Override
        public void begin(double width, double height, String background) {
        }

        @Override
        public void rect(double x, double y, double width, double height, String fill, String stroke,
                double strokeWidth, double opacity) {
            primitives.add(new Primitive("rect", y, stroke, strokeWidth, null));
        }

        @Override
        public void roundRect(double x, double y, double width, double height, double radius, String fill,
                String stroke, double strokeWidth, double opacity) {
            primitives.add(new Primitive("roundRect", y, stroke, strokeWidth, null));
        }

        @Override
        public void ellipse(double x, double y, double width, double height, String fill, String stroke,
                double strokeWidth, double opacity) {
            primitives.add(new Primitive("ellipse", y, stroke, strokeWidth, null));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String stroke, double width, List<Double> dash,
                double opacity) {
            primitives.add(new Primitive("line", y1, stroke, width, null));
        }

        @Override
        public void curve(double[] xs, double[] ys, String stroke, double width, List<Double> dash, double opacity) {
            primitives.add(new Primitive("curve", ys[0], stroke, width, null));
        }

        @Override
        public void polygon(double[] xs, double[] ys, String fill, double opacity) {
            primitives.add(new Primitive("polygon", ys[0], null, 0, null));
        }

        @Override
        public void text(double x, double y, String text, double size, String color, boolean bold, Anchor anchor,
                double opacity) {
            primitives.add(new Primitive("text", y, null, 0, text));
        }

        @Override
        public void clip(double x, double y, double width, double height) {
        }

        @Override
        public void endClip() {
        }

        @Override
        public void beginGroup(String tooltip) {
        }

        @Override
        public void endGroup() {
        }
    }
}
