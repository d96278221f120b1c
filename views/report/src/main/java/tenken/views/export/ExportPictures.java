package tenken.views.export;

import java.util.Map;
import tenken.graph.layout.LayeredGraph;
import tenken.graph.layout.LayeredLayout;
import tenken.graph.layout.Layout;
import tenken.store.progress.ProgressMonitor;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.ChartPictureBuilder;
import tenken.views.picture.DependencyChart;
import tenken.views.picture.Emphasis;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.GraphPictureBuilder;
import tenken.views.picture.PictureStyle;
import tenken.views.picture.StrengthsChart;
import tenken.views.picture.StrengthsPictureBuilder;
import tenken.views.picture.SupplyNetwork;

/**
 * Pictures in the style chosen for an export, made the way the screens make them (the same builders
 * and layout), without JavaFX: from the command line, and off the FX thread when the window exports.
 */
public final class ExportPictures {

    /** A chart exported on its own is this many type sizes wide: a page's width at print size. */
    static final double CHART_WIDTH_EMS = 72;

    private ExportPictures() {
    }

    /** Lays the network out in {@code style} as the chokepoint screen does and draws it. */
    public static GraphPicture graph(SupplyNetwork network, Emphasis emphasis, PictureStyle style, String title,
            String subtitle, ProgressMonitor monitor) {
        GraphPictureBuilder builder = new GraphPictureBuilder(style);
        LayeredGraph graph = builder.layeredGraph(network);
        Layout layout = LayeredLayout.compute(graph, builder.layoutOptions(network), monitor);
        return builder.build(network, graph, layout, emphasis, Map.of(), title, subtitle);
    }

    /** The chart {@code width} units wide, as the dependency screen draws it in a window that wide. */
    public static ChartPicture chart(DependencyChart chart, PictureStyle style, double width) {
        return new ChartPictureBuilder(style).build(chart, width);
    }

    /**
     * The chart at the standard export width for its style, or wider when a text would otherwise run
     * off the page or under the legend (the window may clip; a page must not).
     */
    public static ChartPicture chart(DependencyChart chart, PictureStyle style) {
        ChartPicture standard = chart(chart, style, CHART_WIDTH_EMS * style.fontSize());
        double needed = neededWidth(standard);
        return needed > standard.width() ? chart(chart, style, Math.ceil(needed)) : standard;
    }

    /**
     * Japan's strengths at the standard export width for the style, or wider when a text would otherwise
     * run off the page or under the legend.
     */
    public static ChartPicture strengths(StrengthsChart chart, PictureStyle style) {
        StrengthsPictureBuilder builder = new StrengthsPictureBuilder(style);
        ChartPicture standard = builder.build(chart, CHART_WIDTH_EMS * style.fontSize());
        double needed = neededWidth(standard);
        return needed > standard.width() ? builder.build(chart, Math.ceil(needed)) : standard;
    }

    /** The width at which every left-aligned text ends before the margin, or before the legend beside it. */
    private static double neededWidth(ChartPicture chart) {
        PictureStyle style = chart.style();
        double margin = style.fontSize();
        LegendPainter legend = new LegendPainter(chart.legend(), style);
        double legendTop = style.fontSize();
        double legendBottom = legendTop + legend.height();
        double needed = 0;
        for (ChartPicture.Text text : chart.texts()) {
            if (text.anchor() != ChartPicture.Anchor.START) {
                continue;
            }
            double right = text.x() + JapaneseFont.width(text.text(), text.size());
            boolean besideLegend = text.y() >= legendTop && text.y() - text.size() <= legendBottom;
            needed = Math.max(needed, right + margin + (besideLegend ? legend.width() + margin : 0));
        }
        return needed;
    }
}
