package tenken.views.canvas;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.canvas.GraphicsContext;
import tenken.views.export.ChartPainter;
import tenken.views.export.GraphPainter;
import tenken.views.export.LegendPainter;
import tenken.views.export.Viewport;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.PictureEdge;
import tenken.views.picture.LegendEntry;
import tenken.views.picture.PictureStyle;

/**
 * Puts pictures on one canvas with the painters every export uses, and adds what only a window has: a
 * graph seen through a view transform ({@code screen = picture × scale + translate}) of which only what is
 * on screen is drawn, labels left out when too small to read (under {@link #SMALLEST_LABEL_PX}), which
 * keeps 2,000 nodes fluid. A graph's title, legend and footnote are the {@link GraphView}'s, beside it.
 */
public final class PictureRenderer {

    /** Labels smaller than this on screen are not drawn: unreadable, and the costliest part of a frame. */
    static final double SMALLEST_LABEL_PX = 5;

    private static final AtomicBoolean FONT_REQUESTED = new AtomicBoolean();

    private final CanvasSurface surface;
    private GraphPicture graph;
    private GraphPainter graphPainter;
    private ChartPicture chart;
    private ChartPainter chartPainter;

    /** A renderer for one canvas; the first one made starts loading the painters' font in the background. */
    public PictureRenderer(GraphicsContext g) {
        this.surface = new CanvasSurface(g);
        if (FONT_REQUESTED.compareAndSet(false, true)) {
            Thread loader = new Thread(GraphPainter::loadFont, "painter font");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /**
     * The graph under the transform, alone: its title, legend and footnote are the view's, in bands of their
     * own that never cover a node.
     */
    public void draw(GraphPicture picture, double scale, double translateX, double translateY, double width,
            double height, String hoveredId) {
        GraphPainter painter = painterFor(picture);
        PictureStyle style = picture.style();
        surface.begin(width, height, style.background());
        surface.setTransform(scale, translateX, translateY);
        Viewport onScreen = new Viewport(-translateX / scale, -translateY / scale, (width - translateX) / scale,
                (height - translateY) / scale);
        painter.paint(surface, onScreen, style.fontSize() * scale >= SMALLEST_LABEL_PX, hoveredId);
        surface.setTransform(1, 0, 0);
    }

    /** Where each node of {@code picture} lies when drawn, label included, in the order of its nodes. */
    public List<PictureEdge.Box> nodeExtents(GraphPicture picture) {
        return painterFor(picture).extents();
    }

    /** The painter of {@code picture}: kept while the picture is, with the node extents it has measured. */
    private GraphPainter painterFor(GraphPicture picture) {
        if (picture != graph) {
            graph = picture;
            graphPainter = new GraphPainter(picture);
        }
        return graphPainter;
    }

    /** A legend entry's sample (line, node or marker) on a canvas of its own, its left end at x, centred on y. */
    static void drawLegendSample(GraphicsContext g, LegendEntry entry, PictureStyle style, double x, double y) {
        new LegendPainter(List.of(entry), style).paintSample(new CanvasSurface(g), entry, x, y);
    }

    /**
     * The band {@code top .. top + height} of a chart at scale 1 (the canvas holds only that band, and only
     * what meets it is drawn); the bar {@code hovered} outlined.
     */
    public void draw(ChartPicture picture, ChartPicture.Bar hovered, double top, double height) {
        if (picture != chart) {
            chart = picture;
            chartPainter = new ChartPainter(picture);
        }
        surface.begin(picture.width(), height, picture.style().background());
        surface.setTransform(1, 0, -top);
        chartPainter.paint(surface, new Viewport(0, top, picture.width(), top + height), hovered);
    }
}
