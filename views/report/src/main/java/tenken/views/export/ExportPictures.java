package tenken.views.export;

import java.util.Map;
import tenken.graph.layout.LayeredGraph;
import tenken.graph.layout.LayeredLayout;
import tenken.graph.layout.Layout;
import tenken.store.progress.ProgressMonitor;
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

    /** The chart as the dependency screen draws it, to be laid out at the width of the picture or page. */
    public static ChartLayout chart(DependencyChart chart, PictureStyle style) {
        ChartPictureBuilder builder = new ChartPictureBuilder(style);
        return new ChartLayout(style, width -> builder.build(chart, width));
    }

    /** Japan's strengths, to be laid out at the width of the picture or page. */
    public static ChartLayout strengths(StrengthsChart chart, PictureStyle style) {
        StrengthsPictureBuilder builder = new StrengthsPictureBuilder(style);
        return new ChartLayout(style, width -> builder.build(chart, width));
    }
}
