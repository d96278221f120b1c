package tenken.views.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import tenken.graph.network.Item;
import tenken.graph.structure.SupplyGraph;
import tenken.store.progress.ProgressMonitor;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.common.Names;
import tenken.views.picture.DependencyChart;
import tenken.views.picture.Emphasis;
import tenken.views.picture.StrengthsChart;
import tenken.views.picture.SupplyNetwork;

/**
 * What a screen shows, taken on the FX thread when the user asks to export, so that the export can be
 * drawn off it in the theme chosen: the same network, filter and emphasis (graph) or the same chart,
 * laid out and drawn again for print or projector.
 */
public sealed interface ScreenExport {

    /** The name of the picture, for choosing among several. */
    String title();

    /** Whether the screen also offers GraphML and GEXF. */
    boolean offersGraphFiles();

    /** The picture in {@code theme}; lays the graph out again, so call it off the FX thread. */
    Page page(ExportTheme theme, ExportStamp stamp, ProgressMonitor monitor);

    /** Writes GraphML or GEXF; only when {@link #offersGraphFiles()}. */
    void writeGraphFile(ExportFormat format, OutputStream out) throws IOException;

    /**
     * The chokepoint screen: the network as filtered on screen, its emphasis (a focused neighbourhood)
     * and titles; the graph files hold the consumer's look-through supply graph of the items shown.
     */
    record Graph(AnalysisSnapshot analysis, String consumer, SupplyNetwork visible, Emphasis emphasis, String title,
            String subtitle) implements ScreenExport {

        public Graph {
            Objects.requireNonNull(visible);
        }

        @Override
        public boolean offersGraphFiles() {
            return true;
        }

        @Override
        public Page page(ExportTheme theme, ExportStamp stamp, ProgressMonitor monitor) {
            return Page.of(ExportPictures.graph(visible, emphasis, theme.style(), title, subtitle, monitor), stamp);
        }

        @Override
        public void writeGraphFile(ExportFormat format, OutputStream out) {
            List<Item> items = visible.nodes().stream()
                    .filter(node -> node.kind() == SupplyNetwork.Kind.ITEM)
                    .map(node -> new Item(node.materialKey(), node.stageKey()))
                    .toList();
            SupplyGraph graph = SupplyGraphs.of(analysis, consumer, items);
            var labels = MaterialExports.labels(new Names(analysis.catalogue()));
            switch (format) {
                case GRAPHML -> GraphFileExporter.writeGraphMl(graph, labels, out);
                case GEXF -> GraphFileExporter.writeGexf(graph, labels, out);
                default -> throw new IllegalArgumentException(format + " is not a graph file format");
            }
        }
    }

    /** A screen that shows a chart: a picture, and no graph file. */
    sealed interface ChartExport extends ScreenExport {

        @Override
        default boolean offersGraphFiles() {
            return false;
        }

        @Override
        default void writeGraphFile(ExportFormat format, OutputStream out) {
            throw new UnsupportedOperationException("a chart has no graph file");
        }
    }

    /** The dependency screen's chart. */
    record Chart(DependencyChart chart) implements ChartExport {

        @Override
        public String title() {
            return chart.title();
        }

        @Override
        public Page page(ExportTheme theme, ExportStamp stamp, ProgressMonitor monitor) {
            return Page.of(ExportPictures.chart(chart, theme.style()), stamp);
        }
    }

    /** The screen of Japan's strengths: the items it lists, ranked, as a bar chart. */
    record Strengths(StrengthsChart chart) implements ChartExport {

        @Override
        public String title() {
            return chart.title();
        }

        @Override
        public Page page(ExportTheme theme, ExportStamp stamp, ProgressMonitor monitor) {
            return Page.of(ExportPictures.strengths(chart, theme.style()), stamp);
        }
    }
}
