package tenken.views.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tenken.graph.concentration.Level;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.LabelPlacement;
import tenken.views.picture.LegendEntry;
import tenken.views.picture.Marker;
import tenken.views.picture.NodeShape;
import tenken.views.picture.PictureEdge;
import tenken.views.picture.PictureNode;
import tenken.views.picture.PictureStyle;
import tenken.views.picture.Point;

/** Small pictures made by hand, so that renderer tests depend on the picture records only. */
final class TestPictures {

    static final String FOOTNOTE = "出典: USGS Mineral Commodity Summaries 2025（2024年）　消費国: 世界生産";
    static final ExportStamp STAMP = new ExportStamp(LocalDate.of(2026, 11, 23), Optional.of("取扱注意"));

    private TestPictures() {
    }

    static GraphPicture gallium(PictureStyle style) {
        PictureNode china = new PictureNode("CHN", NodeShape.CIRCLE, 0, 0, style.countryDiameter(),
                style.countryDiameter(), "中国", LabelPlacement.LEFT, style.countryFill(), style.nodeStroke(),
                style.nodeStrokeWidth(), style.text(), Marker.CHOKEPOINT, 1, "中国 98.4%");
        PictureNode russia = new PictureNode("RUS", NodeShape.CIRCLE, 0, 60, style.countryDiameter(),
                style.countryDiameter(), "ロシア", LabelPlacement.LEFT, style.countryFill(), style.nodeStroke(),
                style.nodeStrokeWidth(), style.text(), Marker.CUT, 1, "ロシア 0.8%");
        double width = style.textWidth("ガリウム・精錬", style.fontSize()) + 1.6 * style.fontSize();
        PictureNode refining = new PictureNode("gallium/refining", NodeShape.ROUNDED_BOX, 200, 30, width,
                style.itemHeight(), "ガリウム・精錬", LabelPlacement.INSIDE, style.itemFill(), style.critical(),
                style.nodeStrokeWidth() * 2.5, style.text(), Marker.NONE, 1, "ガリウム 精錬");
        PictureEdge critical = edge(style, china, refining, 0.984, Level.CRITICAL, 1);
        PictureEdge normal = edge(style, russia, refining, 0.008, Level.NORMAL, 0.4);
        List<LegendEntry> legend = List.of(
                new LegendEntry(LegendEntry.Symbol.LINE, "重大（80%以上）", style.critical(), style.edgeWidth(0.9),
                        style.dash(Level.CRITICAL)),
                new LegendEntry(LegendEntry.Symbol.LINE, "高（50%以上）", style.high(), style.edgeWidth(0.6),
                        style.dash(Level.HIGH)),
                new LegendEntry(LegendEntry.Symbol.COUNTRY, "供給国", style.countryFill(), 0, List.of()),
                new LegendEntry(LegendEntry.Symbol.ITEM, "品目・段階", style.itemFill(), 0, List.of()),
                new LegendEntry(LegendEntry.Symbol.CHOKEPOINT, "チョークポイント", style.chokepoint(), 0, List.of()),
                new LegendEntry(LegendEntry.Symbol.CUT, "停止した国", style.critical(), 0, List.of()));
        double minX = -style.countryDiameter() / 2 - style.fontSize() * 0.4 - style.textWidth("ロシア", style.fontSize());
        return new GraphPicture("ガリウムのチョークポイント", "世界生産に占めるシェア", FOOTNOTE, minX,
                -style.countryDiameter() / 2 - style.fontSize() * 0.8, 200 + width / 2 + style.fontSize() * 0.8,
                60 + style.countryDiameter() / 2, List.of(china, russia, refining), List.of(normal, critical), legend,
                style);
    }

    private static PictureEdge edge(PictureStyle style, PictureNode from, PictureNode to, double share, Level level,
            double opacity) {
        double startX = from.x() + from.width() / 2;
        double endX = to.x() - to.width() / 2;
        double reach = Math.max(4 * style.fontSize(), (endX - startX) / 2);
        return new PictureEdge(from.id(), to.id(), List.of(new Point(startX, from.y()),
                new Point(startX + reach, from.y()), new Point(endX - reach, to.y()), new Point(endX, to.y())),
                style.edgeWidth(share), style.color(level), style.dash(level), level, opacity,
                from.label() + " → " + to.label());
    }

    /** The chart below, which keeps its width whatever it is laid out to. */
    static ChartLayout galliumChartLayout(PictureStyle style) {
        return new ChartLayout(style, width -> galliumChart(style));
    }

    static ChartPicture galliumChart(PictureStyle style) {
        double font = style.fontSize();
        List<ChartPicture.Text> texts = List.of(
                new ChartPicture.Text(font, font + style.titleFontSize(), "ガリウムの依存度", style.titleFontSize(),
                        style.text(), ChartPicture.Anchor.START, true),
                // The subtitle wrapped in two lines, as the chart builder wraps long ones.
                new ChartPicture.Text(font, 3 * font + style.titleFontSize(), "世界生産。実線は表面上の",
                        style.smallFontSize(), style.subtleText(), ChartPicture.Anchor.START, false),
                new ChartPicture.Text(font, 4 * font + style.titleFontSize(), "シェア", style.smallFontSize(),
                        style.subtleText(), ChartPicture.Anchor.START, false),
                new ChartPicture.Text(120, 100, "中国", font, style.text(), ChartPicture.Anchor.END, false),
                new ChartPicture.Text(130 + 0.984 * 300, 100, "98.4% → 99.0%", style.smallFontSize(), style.text(),
                        ChartPicture.Anchor.START, false),
                new ChartPicture.Text(font, 160, FOOTNOTE, style.smallFontSize(), style.subtleText(),
                        ChartPicture.Anchor.START, false));
        List<ChartPicture.Bar> bars = List.of(
                new ChartPicture.Bar(125, 90, 0.984 * 300, font * 0.9, style.critical(), style.critical(),
                        style.nodeStrokeWidth(), false, "中国 98.4%"),
                new ChartPicture.Bar(125, 90 + font, 0.99 * 300, font * 0.72, style.background(), style.critical(),
                        style.nodeStrokeWidth(), true, "中国 99.0%"));
        List<ChartPicture.Line> lines = List.of(new ChartPicture.Line(125, 80, 125, 120, style.subtleText(), 1,
                List.of()));
        List<LegendEntry> legend = List.of(
                new LegendEntry(LegendEntry.Symbol.BAR, "表面上のシェア", style.normal(), 0, List.of()),
                new LegendEntry(LegendEntry.Symbol.HATCHED_BAR, "実質的な依存", style.normal(), 0, List.of()));
        return new ChartPicture("ガリウムの依存度", "世界生産。実線は表面上のシェア", FOOTNOTE, 480, 170, texts, bars, lines, legend, style);
    }
}
