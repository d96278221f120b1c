package tenken.views.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import tenken.assets.Messages;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.PictureStyle;

/**
 * One picture as it is exported: the window's graph or chart, in the style chosen for the export, with
 * its stamp. Image formats get it {@linkplain #framed() framed} whole (title, legend, footnote, date and
 * marking drawn around it); a PDF gets it {@linkplain #printed() on A4 pages}, and slides get it in
 * {@linkplain #parts parts} that fit the slide and set the texts as their own: cut into several pages or
 * slides where it does not fit at a legible size ({@link Pagination}).
 */
public final class Page {

    /** A4, 210 × 297 mm, in points. */
    static final double A4_SHORT = 210 / 25.4 * 72;
    static final double A4_LONG = 297 / 25.4 * 72;

    private final String title;
    private final String subtitle;
    private final String footnote;
    private final PictureStyle style;
    private final ExportStamp stamp;
    private final GraphPicture graph;
    private final ChartLayout chartLayout;
    private final ChartPicture chart;

    private Page(String title, String subtitle, String footnote, PictureStyle style, ExportStamp stamp,
            GraphPicture graph, ChartLayout chartLayout, ChartPicture chart) {
        this.title = title;
        this.subtitle = subtitle;
        this.footnote = footnote;
        this.style = style;
        this.stamp = Objects.requireNonNull(stamp);
        this.graph = graph;
        this.chartLayout = chartLayout;
        this.chart = chart;
    }

    public static Page of(GraphPicture graph, ExportStamp stamp) {
        return new Page(graph.title(), graph.subtitle(), graph.footnote(), graph.style(), stamp, graph, null, null);
    }

    /** The chart, laid out at the standard export width as one picture and to the page's width on pages. */
    public static Page of(ChartLayout layout, ExportStamp stamp) {
        ChartPicture chart = layout.standard();
        return new Page(chart.title(), chart.subtitle(), chart.footnote(), chart.style(), stamp, null, layout, chart);
    }

    public String title() {
        return title;
    }

    /** The title of part {@code number} of {@code count}: with "(i/n)" when there are several. */
    String title(int number, int count) {
        return count == 1 ? title
                : Messages.get("export.pageOf", title, String.valueOf(number), String.valueOf(count));
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

    /** Everything on one page: title, picture, legend, footnote, generation date and marking. */
    Sheet framed() {
        return graph != null ? framedGraph() : framedChart();
    }

    /**
     * The picture with its legend in parts that fit {@code width} × {@code height} points, enlarged at most
     * {@code largest} times when it is small.
     */
    List<Pagination.Part> parts(double width, double height, double largest) {
        return graph != null ? Pagination.graph(graph, width, height, largest)
                : Pagination.chart(chartLayout, width, height);
    }

    /**
     * A4 pages, each with the title (and "(i/n)" when there are several), the marking, a part of the
     * picture with its legend, and the footnote and date (and "continued" where the next page goes on):
     * portrait or landscape, whichever draws the picture at the more legible scale, then on fewer pages.
     */
    List<Sheet> printed() {
        List<Sheet> portrait = printed(A4_SHORT, A4_LONG);
        List<Sheet> landscape = printed(A4_LONG, A4_SHORT);
        return better(landscape, portrait) ? landscape : portrait;
    }

    /** Whether {@code these} pages show the picture better than {@code those}. */
    private boolean better(List<Sheet> these, List<Sheet> those) {
        double legible = Pagination.SMALLEST_TEXT_POINTS;
        double theseSize = Math.min(legible, ((PrintedPage) these.get(0)).textSize());
        double thoseSize = Math.min(legible, ((PrintedPage) those.get(0)).textSize());
        if (theseSize != thoseSize) {
            return theseSize > thoseSize;
        }
        if (these.size() != those.size()) {
            return these.size() < those.size();
        }
        return ((PrintedPage) these.get(0)).textSize() > ((PrintedPage) those.get(0)).textSize();
    }

    private List<Sheet> printed(double width, double height) {
        // The frame's type is set at the print style's sizes, or smaller for a style whose type is larger.
        double frameScale = Math.min(1, Pagination.SMALLEST_TEXT_POINTS / style.smallFontSize());
        double frameWidth = width / frameScale;
        double margin = style.fontSize() * 1.5;
        double gap = style.fontSize() * frameScale;
        // The room a single page leaves the picture; a picture cut into pages has "(i/n)" in its title and
        // "continued" in its footer, which may take a line more each.
        Frame single = new Frame(style, title, subtitle, footnote, stamp, margin, false);
        Frame widest = new Frame(style, title(99, 99), subtitle, footnote, stamp, margin, true);
        double top = single.headerHeight(frameWidth) * frameScale;
        double room = height - top - gap - single.footerHeight(frameWidth) * frameScale;
        List<Pagination.Part> parts = parts(width - 2 * margin * frameScale, room, 1);
        if (parts.size() > 1) {
            top = widest.headerHeight(frameWidth) * frameScale;
            room = height - top - gap - widest.footerHeight(frameWidth) * frameScale;
            parts = parts(width - 2 * margin * frameScale, room, 1);
        }
        double partsTop = top;
        List<Sheet> pages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Pagination.Part part = parts.get(i);
            Frame frame = new Frame(style, title(i + 1, parts.size()), subtitle, footnote, stamp, margin,
                    i + 1 < parts.size());
            double footerTop = (partsTop + part.height() + gap) / frameScale;
            pages.add(new PrintedPage(width, height, part.scale() * smallestText(), surface -> {
                PlacedSurface framed = new PlacedSurface(surface, 0, 0, frameScale);
                frame.paintHeader(framed, frameWidth);
                part.paint(surface, margin * frameScale, partsTop);
                frame.paintFooter(framed, frameWidth, footerTop);
            }));
        }
        return pages;
    }

    /** The smallest type in the picture and its legend, in picture units. */
    private double smallestText() {
        return graph != null ? Math.min(style.fontSize(), style.smallFontSize()) : style.smallFontSize();
    }

    /** An A4 page, and the size in points at which it sets the picture's smallest type. */
    private record PrintedPage(double width, double height, double textSize, Consumer<Surface> content)
            implements Sheet {

        @Override
        public void paint(Surface surface, String background) {
            surface.begin(width, height, background);
            content.accept(surface);
        }
    }

    private Sheet framedGraph() {
        GraphWithLegend body = new GraphWithLegend(graph);
        Frame frame = new Frame(style, title, subtitle, footnote, stamp, style.fontSize() * 1.5);
        double width = Math.max(frame.minimumWidth(), body.width() + 2 * frame.margin());
        double top = frame.headerHeight(width);
        double footerTop = top + body.height() + style.fontSize();
        double height = footerTop + frame.footerHeight(width);
        return sheet(width, height, surface -> {
            frame.paintHeader(surface, width);
            body.paint(surface, frame.margin(), top);
            frame.paintFooter(surface, width, footerTop);
        });
    }

    private Sheet framedChart() {
        ChartPainter painter = new ChartPainter(chart);
        // The chart draws its own title, subtitle and footnote; the frame adds the marking and the date.
        // The chart's own margin is one font size (ChartPictureBuilder).
        Frame frame = new Frame(style, null, null, null, stamp, style.fontSize());
        double width = Math.max(frame.minimumWidth(), painter.width());
        double top = frame.headerHeight(width);
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
    private static Sheet sheet(double width, double height, Consumer<Surface> content) {
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
