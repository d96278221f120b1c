package tenken.views.export;

import java.util.List;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.LabelPlacement;
import tenken.views.picture.Marker;
import tenken.views.picture.NodeShape;
import tenken.views.picture.PictureEdge;
import tenken.views.picture.PictureNode;
import tenken.views.picture.PictureStyle;
import tenken.views.picture.Point;

/**
 * Draws a graph picture's edges and nodes (shapes, markers, label places, dashes and opacities) for every
 * format and for the window's canvas. A page gets all of it, every label included, shifted so that the
 * picture's bounds start at its margin; the window gets what meets its viewport, in picture coordinates,
 * with labels only when they are large enough to read, and the node under the pointer outlined.
 */
public final class GraphPainter {

    private final GraphPicture picture;
    private final PictureStyle style;
    /** Each node's {@link #extent}, measured on first use: a page cut needs them all, a frame only the culling. */
    private PictureEdge.Box[] extents;

    public GraphPainter(GraphPicture picture) {
        this.picture = picture;
        this.style = picture.style();
    }

    /**
     * Loads the shipped font with which the painters place and measure text: Java2D takes a few hundred
     * milliseconds over it on a cold JVM, which the window spends in the background rather than in the
     * first frame of a graph or chart.
     */
    public static void loadFont() {
        JapaneseFont.centreToBaseline(1);
    }

    double width() {
        return picture.maxX() - picture.minX();
    }

    double height() {
        return picture.maxY() - picture.minY();
    }

    /** All of the picture with every label, its bounds' top left corner at ({@code left}, {@code top}). */
    void paint(Surface surface, double left, double top) {
        paint(surface, left - picture.minX(), top - picture.minY(), Viewport.ALL, true, null);
    }

    /**
     * The part of the picture in {@code part}, every label included, with the part's top left corner at
     * ({@code left}, {@code top}) and nothing drawn outside it: one page of a picture cut into pages.
     */
    void paintPart(Surface surface, Viewport part, double left, double top) {
        surface.clip(left, top, part.maxX() - part.minX(), part.maxY() - part.minY());
        paint(surface, left - part.minX(), top - part.minY(), part, true, null);
        surface.endClip();
    }

    /**
     * Where every node's shape, marker and label lie, in the order of the picture's nodes: what a page cut and the
     * window's viewport edges must not pass through.
     */
    public List<PictureEdge.Box> extents() {
        for (int i = 0; i < picture.nodes().size(); i++) {
            extent(i);
        }
        return List.of(extents);
    }

    /**
     * What node {@code index} covers when drawn: its shape with its stroke, the chokepoint ring and triangle,
     * and its label as the shipped font sets it (left of the node, or centred on it).
     */
    private PictureEdge.Box extent(int index) {
        if (extents == null) {
            extents = new PictureEdge.Box[picture.nodes().size()];
        }
        if (extents[index] == null) {
            extents[index] = measure(picture.nodes().get(index));
        }
        return extents[index];
    }

    private PictureEdge.Box measure(PictureNode node) {
        double reach = node.strokeWidth();
        double minX = node.x() - node.width() / 2 - reach;
        double maxX = node.x() + node.width() / 2 + reach;
        double minY = node.y() - node.height() / 2 - reach;
        double maxY = node.y() + node.height() / 2 + reach;
        if (node.marker() == Marker.CHOKEPOINT) {
            double ring = style.nodeStrokeWidth() * 2.5 + style.nodeStrokeWidth() * 2;
            double size = chokepointSize();
            minX -= ring;
            minY = Math.min(minY - ring, node.y() - node.height() / 2 - size * 0.75);
            maxY += ring;
            maxX = Math.max(maxX + ring, node.x() + node.width() / 2 + size / 2);
        }
        // A label of several lines is as wide as its widest line.
        double labelWidth = node.label().lines().mapToDouble(line -> JapaneseFont.width(line, style.fontSize()))
                .max().orElse(0);
        double baseline = node.y() + JapaneseFont.centreToBaseline(style.fontSize());
        minY = Math.min(minY, baseline - JapaneseFont.ascent(style.fontSize()));
        maxY = Math.max(maxY, baseline + JapaneseFont.descent(style.fontSize()));
        if (node.labelPlacement() == LabelPlacement.LEFT) {
            minX = Math.min(minX, node.x() - node.width() / 2 - style.fontSize() * 0.4 - labelWidth);
        } else {
            minX = Math.min(minX, node.x() - labelWidth / 2);
            maxX = Math.max(maxX, node.x() + labelWidth / 2);
        }
        return new PictureEdge.Box(minX, minY, maxX, maxY);
    }

    /**
     * The edges and nodes that meet {@code viewport}, in picture coordinates; node labels only if
     * {@code labels}; the node {@code highlighted} (an id, or null) outlined in the focus colour at twice
     * its stroke width.
     */
    public void paint(Surface surface, Viewport viewport, boolean labels, String highlighted) {
        paint(surface, 0, 0, viewport, labels, highlighted);
    }

    private void paint(Surface surface, double dx, double dy, Viewport viewport, boolean labels, String highlighted) {
        for (PictureEdge edge : picture.edges()) {
            if (meets(edge, viewport)) {
                edge(surface, edge, dx, dy);
            }
        }
        double baseline = JapaneseFont.centreToBaseline(style.fontSize());
        List<PictureNode> nodes = picture.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            PictureNode node = nodes.get(i);
            if (meets(i, viewport)) {
                surface.beginGroup(node.tooltip());
                node(surface, node, dx, dy, baseline, labels, node.id().equals(highlighted));
                surface.endGroup();
            }
        }
    }

    /** Whether the curve's control polygon, which holds the whole curve, meets the viewport. */
    private static boolean meets(PictureEdge edge, Viewport viewport) {
        if (viewport == Viewport.ALL) {
            return true;
        }
        PictureEdge.Box box = edge.controlBox();
        return viewport.intersects(box.minX(), box.minY(), box.maxX(), box.maxY());
    }

    /**
     * Whether node {@code index}, its label or its marker meets the viewport: a page of a picture cut between
     * nodes gets each node on exactly one page, since a node only near a page's edge is not drawn there.
     */
    private boolean meets(int index, Viewport viewport) {
        if (viewport == Viewport.ALL) {
            return true;
        }
        PictureEdge.Box box = extent(index);
        return viewport.intersects(box.minX(), box.minY(), box.maxX(), box.maxY());
    }

    private static void edge(Surface surface, PictureEdge edge, double dx, double dy) {
        List<Point> p = edge.points();
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (int i = 0; i < 4; i++) {
            xs[i] = p.get(i).x() + dx;
            ys[i] = p.get(i).y() + dy;
        }
        surface.beginGroup(edge.tooltip());
        surface.curve(xs, ys, edge.color(), edge.width(), edge.dash(), edge.opacity());
        surface.endGroup();
    }

    private void node(Surface surface, PictureNode node, double dx, double dy, double baseline, boolean labels,
            boolean highlighted) {
        double w = node.width();
        double h = node.height();
        double cx = node.x() + dx;
        double cy = node.y() + dy;
        double x = cx - w / 2;
        double y = cy - h / 2;
        double opacity = node.opacity();
        String stroke = highlighted ? style.focus() : node.stroke();
        double strokeWidth = highlighted ? node.strokeWidth() * 2 : node.strokeWidth();
        if (node.shape() == NodeShape.CIRCLE) {
            surface.ellipse(x, y, w, h, node.fill(), stroke, strokeWidth, opacity);
        } else {
            surface.roundRect(x, y, w, h, h * 0.25, node.fill(), stroke, strokeWidth, opacity);
        }
        marker(surface, node, cx, cy, opacity);
        if (!labels) {
            return;
        }
        if (node.labelPlacement() == LabelPlacement.LEFT) {
            surface.text(x - style.fontSize() * 0.4, cy + baseline, node.label(), style.fontSize(), node.textColor(),
                    false, Surface.Anchor.END, opacity);
        } else {
            // A label of several lines (a projector page's long item name) is centred line by line.
            List<String> lines = node.label().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                double shift = (i - (lines.size() - 1) / 2.0) * style.lineHeight();
                surface.text(cx, cy + baseline + shift, lines.get(i), style.fontSize(), node.textColor(), false,
                        Surface.Anchor.MIDDLE, opacity);
            }
        }
    }

    /** The warning triangle's side. */
    private double chokepointSize() {
        return style.fontSize() * 1.1;
    }

    /**
     * An exclamation mark {@code height} tall centred on ({@code cx}, {@code cy}), drawn as a stroke and a dot:
     * a symbol, not text, so that it is not a glyph smaller than the labels on a printed page.
     */
    private void exclamation(Surface surface, double cx, double cy, double height, double opacity) {
        double half = height * 0.36;
        double stem = height * 0.13;
        surface.polygon(new double[] {cx - stem, cx + stem, cx + stem * 0.55, cx - stem * 0.55},
                new double[] {cy - half, cy - half, cy + half * 0.45, cy + half * 0.45}, style.background(), opacity);
        double dot = stem * 1.1;
        surface.ellipse(cx - dot, cy + half - 2 * dot * 0.8, 2 * dot, 2 * dot, style.background(), null, 0, opacity);
    }

    private void marker(Surface surface, PictureNode node, double cx, double cy, double opacity) {
        double w = node.width();
        double h = node.height();
        if (node.marker() == Marker.CHOKEPOINT) {
            // A second ring around the node and a warning triangle at its top right corner.
            double gap = style.nodeStrokeWidth() * 2.5;
            double ringWidth = style.nodeStrokeWidth() * 2;
            if (node.shape() == NodeShape.CIRCLE) {
                surface.ellipse(cx - w / 2 - gap, cy - h / 2 - gap, w + 2 * gap, h + 2 * gap, null, style.chokepoint(),
                        ringWidth, opacity);
            } else {
                surface.roundRect(cx - w / 2 - gap, cy - h / 2 - gap, w + 2 * gap, h + 2 * gap, h * 0.3, null,
                        style.chokepoint(), ringWidth, opacity);
            }
            double size = chokepointSize();
            double tx = cx + w / 2;
            double ty = cy - h / 2;
            surface.polygon(new double[] {tx, tx - size / 2, tx + size / 2},
                    new double[] {ty - size * 0.75, ty + size * 0.2, ty + size * 0.2}, style.chokepoint(), opacity);
            exclamation(surface, tx, ty - size * 0.15, size * 0.7, opacity);
        } else if (node.marker() == Marker.CUT) {
            double r = Math.min(w, h) * 0.45;
            double width = style.nodeStrokeWidth() * 2.5;
            surface.line(cx - r, cy - r, cx + r, cy + r, style.critical(), width, List.of(), opacity);
            surface.line(cx - r, cy + r, cx + r, cy - r, style.critical(), width, List.of(), opacity);
        }
    }
}
