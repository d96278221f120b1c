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
 * Draws a graph picture's edges and nodes as the window's canvas does (same shapes, markers, label
 * places, dashes and opacities), shifted so that the picture's bounds start at ({@code left}, {@code top}).
 * Unlike the window it draws every label: a page is read up close.
 */
final class GraphPainter {

    private final GraphPicture picture;
    private final PictureStyle style;

    GraphPainter(GraphPicture picture) {
        this.picture = picture;
        this.style = picture.style();
    }

    double width() {
        return picture.maxX() - picture.minX();
    }

    double height() {
        return picture.maxY() - picture.minY();
    }

    void paint(Surface surface, double left, double top) {
        double dx = left - picture.minX();
        double dy = top - picture.minY();
        for (PictureEdge edge : picture.edges()) {
            edge(surface, edge, dx, dy);
        }
        double baseline = JapaneseFont.centreToBaseline(style.fontSize());
        for (PictureNode node : picture.nodes()) {
            surface.beginGroup(node.tooltip());
            node(surface, node, dx, dy, baseline);
            surface.endGroup();
        }
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

    private void node(Surface surface, PictureNode node, double dx, double dy, double baseline) {
        double w = node.width();
        double h = node.height();
        double cx = node.x() + dx;
        double cy = node.y() + dy;
        double x = cx - w / 2;
        double y = cy - h / 2;
        double opacity = node.opacity();
        if (node.shape() == NodeShape.CIRCLE) {
            surface.ellipse(x, y, w, h, node.fill(), node.stroke(), node.strokeWidth(), opacity);
        } else {
            // JavaFX's round-rect arc is the corner's diameter, h / 2: a radius of h / 4.
            surface.roundRect(x, y, w, h, h * 0.25, node.fill(), node.stroke(), node.strokeWidth(), opacity);
        }
        marker(surface, node, cx, cy, opacity);
        if (node.labelPlacement() == LabelPlacement.LEFT) {
            surface.text(x - style.fontSize() * 0.4, cy + baseline, node.label(), style.fontSize(), node.textColor(),
                    false, Surface.Anchor.END, opacity);
        } else {
            surface.text(cx, cy + baseline, node.label(), style.fontSize(), node.textColor(), false,
                    Surface.Anchor.MIDDLE, opacity);
        }
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
            double size = style.fontSize() * 1.1;
            double tx = cx + w / 2;
            double ty = cy - h / 2;
            surface.polygon(new double[] {tx, tx - size / 2, tx + size / 2},
                    new double[] {ty - size * 0.75, ty + size * 0.2, ty + size * 0.2}, style.chokepoint(), opacity);
            double mark = size * 0.7;
            surface.text(tx, ty - size * 0.15 + JapaneseFont.centreToBaseline(mark), "!", mark, style.background(), true,
                    Surface.Anchor.MIDDLE, opacity);
        } else if (node.marker() == Marker.CUT) {
            double r = Math.min(w, h) * 0.45;
            double width = style.nodeStrokeWidth() * 2.5;
            surface.line(cx - r, cy - r, cx + r, cy + r, style.critical(), width, List.of(), opacity);
            surface.line(cx - r, cy + r, cx + r, cy - r, style.critical(), width, List.of(), opacity);
        }
    }
}
