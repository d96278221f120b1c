package tenken.views.canvas;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.canvas.GraphicsContext;
import tenken.views.export.ChartPainter;
import tenken.views.export.GraphPainter;
import tenken.views.export.LegendPainter;
import tenken.views.export.Surface;
import tenken.views.export.Viewport;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.PictureStyle;

/**
 * Puts pictures on one canvas with the painters every export uses, and adds what only a window has: a
 * graph seen through a view transform ({@code screen = picture × scale + translate}) of which only what is
 * on screen is drawn, labels left out when too small to read (under {@link #SMALLEST_LABEL_PX}), which
 * keeps 2,000 nodes fluid, and the title, subtitle, footnote and legend fixed on screen whatever the zoom.
 */
public final class PictureRenderer {

    /** Labels smaller than this on screen are not drawn: unreadable, and the costliest part of a frame. */
    static final double SMALLEST_LABEL_PX = 5;

    private static final AtomicBoolean FONT_REQUESTED = new AtomicBoolean();

    private final CanvasSurface surface;
    private GraphPicture graph;
    private GraphPainter graphPainter;
    private LegendPainter graphLegend;
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

    /** The graph under the transform, then the title, footnote and (if {@code legend}) legend in screen space on top. */
    public void draw(GraphPicture picture, double scale, double translateX, double translateY, double width,
            double height, String hoveredId, boolean legend) {
        if (picture != graph) {
            graph = picture;
            graphPainter = new GraphPainter(picture);
            graphLegend = new LegendPainter(picture.legend(), picture.style());
        }
        PictureStyle style = picture.style();
        surface.begin(width, height, style.background());
        surface.setTransform(scale, translateX, translateY);
        Viewport onScreen = new Viewport(-translateX / scale, -translateY / scale, (width - translateX) / scale,
                (height - translateY) / scale);
        graphPainter.paint(surface, onScreen, style.fontSize() * scale >= SMALLEST_LABEL_PX, hoveredId);
        surface.setTransform(1, 0, 0);
        drawChrome(picture, width, height, legend);
    }

    /** Title top left, legend top right, footnote bottom left. */
    private void drawChrome(GraphPicture picture, double width, double height, boolean legend) {
        PictureStyle style = picture.style();
        double pad = style.fontSize() * 0.8;
        List<String> lines = style.wrap(picture.footnote(), style.smallFontSize(), width - 2 * pad);
        double lineHeight = style.smallFontSize() * 1.3;
        // A veil behind the title and the footnote, so that edges running under them do not garble them.
        double titleWidth = Math.max(style.textWidth(picture.title(), style.titleFontSize()),
                style.textWidth(picture.subtitle(), style.smallFontSize()));
        surface.rect(0, 0, Math.min(width, pad * 2 + titleWidth), pad + style.titleFontSize() * 1.3 + lineHeight,
                style.background(), null, 0, 0.92);
        double footnoteHeight = pad * 0.5 + lines.size() * lineHeight;
        surface.rect(0, height - footnoteHeight, width, footnoteHeight, style.background(), null, 0, 0.92);
        surface.text(pad, pad + surface.ascent(style.titleFontSize()), picture.title(), style.titleFontSize(),
                style.text(), true, Surface.Anchor.START, 1);
        double small = style.smallFontSize();
        surface.text(pad, pad + style.titleFontSize() * 1.3 + surface.ascent(small), picture.subtitle(), small,
                style.subtleText(), false, Surface.Anchor.START, 1);
        for (int i = 0; i < lines.size(); i++) {
            double bottom = height - pad * 0.5 - (lines.size() - 1 - i) * lineHeight;
            surface.text(pad, bottom - surface.descent(small), lines.get(i), small, style.subtleText(), false,
                    Surface.Anchor.START, 1);
        }
        // A legend taller than most of the view would hide the graph it explains (a half-height pane
        // in presentation mode): it is left out there; the full-size chokepoint screen shows it.
        if (legend && graphLegend.height() <= height * 0.6) {
            graphLegend.paint(surface, width - pad - graphLegend.width(), pad);
        }
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
