package tenken.views.export;

import java.util.Objects;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.PictureStyle;

/**
 * One picture as it is exported: the window's graph or chart, in the style chosen for the export, with
 * its stamp. Image formats get it {@linkplain #framed() framed} (title, legend, footnote, date and
 * marking drawn on the page); slides get it {@linkplain #bare() bare} and set the texts as their own.
 */
public final class Page {

    private final String title;
    private final String subtitle;
    private final String footnote;
    private final PictureStyle style;
    private final ExportStamp stamp;
    private final GraphPicture graph;
    private final ChartPicture chart;

    private Page(String title, String subtitle, String footnote, PictureStyle style, ExportStamp stamp,
            GraphPicture graph, ChartPicture chart) {
        this.title = title;
        this.subtitle = subtitle;
        this.footnote = footnote;
        this.style = style;
        this.stamp = Objects.requireNonNull(stamp);
        this.graph = graph;
        this.chart = chart;
    }

    public static Page of(GraphPicture graph, ExportStamp stamp) {
        return new Page(graph.title(), graph.subtitle(), graph.footnote(), graph.style(), stamp, graph, null);
    }

    public static Page of(ChartPicture chart, ExportStamp stamp) {
        return new Page(chart.title(), chart.subtitle(), chart.footnote(), chart.style(), stamp, null, chart);
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    /** Sources and data vintage. */
    public String footnote() {
        return footnote;
    }

    public PictureStyle style() {
        return style;
    }

    public ExportStamp stamp() {
        return stamp;
    }

    /** Everything on the page: title, picture, legend, footnote, generation date and marking. */
    Sheet framed() {
        return graph != null ? framedGraph() : framedChart();
    }

    /** The picture and its legend only. */
    Sheet bare() {
        if (graph != null) {
            GraphWithLegend body = new GraphWithLegend(graph);
            double margin = style.fontSize();
            return sheet(body.width() + 2 * margin, body.height() + 2 * margin,
                    surface -> body.paint(surface, margin, margin));
        }
        ChartPainter painter = new ChartPainter(chart, false);
        return sheet(painter.width(), painter.height(), surface -> painter.paint(surface, 0, 0));
    }

    private Sheet framedGraph() {
        GraphWithLegend body = new GraphWithLegend(graph);
        Frame frame = new Frame(style, title, subtitle, footnote, stamp, style.fontSize() * 1.5);
        double width = Math.max(frame.minimumWidth(), body.width() + 2 * frame.margin());
        double top = frame.headerHeight();
        double footerTop = top + body.height() + style.fontSize();
        double height = footerTop + frame.footerHeight(width);
        return sheet(width, height, surface -> {
            frame.paintHeader(surface, width);
            body.paint(surface, frame.margin(), top);
            frame.paintFooter(surface, width, footerTop);
        });
    }

    private Sheet framedChart() {
        ChartPainter painter = new ChartPainter(chart, true);
        // The chart draws its own title, subtitle and footnote; the frame adds the marking and the date.
        // The chart's own margin is one font size (ChartPictureBuilder).
        Frame frame = new Frame(style, null, null, null, stamp, style.fontSize());
        double width = Math.max(frame.minimumWidth(), painter.width());
        double top = frame.headerHeight();
        // The chart's footnote has its baseline one margin above the chart's bottom: the date follows it
        // one footnote line lower.
        double footerTop = top + painter.height() - frame.margin() + frame.lineHeight() - style.smallFontSize();
        double height = footerTop + frame.footerHeight(width);
        return sheet(width, height, surface -> {
            frame.paintHeader(surface, width);
            painter.paint(surface, 0, top);
            frame.paintFooter(surface, width, footerTop);
        });
    }

    /** Sizes are rounded up to whole units, so that a raster at scale s is exactly s times the page. */
    private static Sheet sheet(double width, double height, java.util.function.Consumer<Surface> content) {
        double wholeWidth = Math.ceil(width);
        double wholeHeight = Math.ceil(height);
        return new Sheet() {
            @Override
            public double width() {
                return wholeWidth;
            }

            @Override
            public double height() {
                return wholeHeight;
            }

            @Override
            public void paint(Surface surface, String background) {
                surface.begin(wholeWidth, wholeHeight, background);
                content.accept(surface);
            }
        };
    }

    /** The graph with the legend beside it on the right, top-aligned, as the window shows it at the top right. */
    private static final class GraphWithLegend {
        private final GraphPainter graph;
        private final LegendPainter legend;
        private final double gap;

        GraphWithLegend(GraphPicture picture) {
            graph = new GraphPainter(picture);
            legend = new LegendPainter(picture.legend(), picture.style());
            gap = legend.width() > 0 ? picture.style().fontSize() * 2 : 0;
        }

        double width() {
            return graph.width() + gap + legend.width();
        }

        double height() {
            return Math.max(graph.height(), legend.height());
        }

        void paint(Surface surface, double left, double top) {
            graph.paint(surface, left, top);
            legend.paint(surface, left + graph.width() + gap, top);
        }
    }
}
