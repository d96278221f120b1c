package tenken.views.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import tenken.assets.Fonts;
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

/**
 * Draws pictures on a JavaFX canvas, exactly as their records say. The graph is drawn through a view
 * transform ({@code screen = picture × scale + translate}); what lies outside the canvas is skipped and
 * labels too small to read (under {@link #SMALLEST_LABEL_PX}) are left out, which keeps 2,000 nodes fluid.
 */
public final class PictureRenderer {

    /** Labels smaller than this on screen are not drawn: unreadable, and the costliest part of a frame. */
    static final double SMALLEST_LABEL_PX = 5;

    private final Map<String, Color> colors = new HashMap<>();
    private final Map<Double, Font> fonts = new HashMap<>();
    private final Map<Double, Font> boldFonts = new HashMap<>();

    Color color(String hex) {
        return colors.computeIfAbsent(hex, Color::web);
    }

    Font font(double size, boolean bold) {
        return bold
                ? boldFonts.computeIfAbsent(size, s -> Font.font(Fonts.JAPANESE_FAMILY, FontWeight.BOLD, s))
                : fonts.computeIfAbsent(size, s -> Font.font(Fonts.JAPANESE_FAMILY, s));
    }

    /**
     * The graph under the transform, alone: its title, legend and footnote are the view's, in bands of
     * their own that never cover a node.
     */
    public void draw(GraphicsContext g, GraphPicture picture, double scale, double translateX, double translateY,
            double width, double height, String hoveredId) {
        PictureStyle style = picture.style();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setGlobalAlpha(1);
        g.setFill(color(style.background()));
        g.fillRect(0, 0, width, height);
        g.save();
        g.setTransform(scale, 0, 0, scale, translateX, translateY);
        double left = -translateX / scale;
        double top = -translateY / scale;
        double right = (width - translateX) / scale;
        double bottom = (height - translateY) / scale;
        g.setLineCap(StrokeLineCap.BUTT);
        for (PictureEdge edge : picture.edges()) {
            if (visible(edge, left, top, right, bottom)) {
                drawEdge(g, edge, scale);
            }
        }
        g.setLineDashes();
        boolean labels = style.fontSize() * scale >= SMALLEST_LABEL_PX;
        for (PictureNode node : picture.nodes()) {
            double reach = node.labelPlacement() == LabelPlacement.LEFT
                    ? node.width() / 2 + style.textWidth(node.label(), style.fontSize()) + style.fontSize()
                    : node.width() / 2 + style.fontSize();
            if (node.x() + reach < left || node.x() - reach > right || node.y() + node.height() < top
                    || node.y() - node.height() > bottom) {
                continue;
            }
            drawNode(g, node, style, labels, node.id().equals(hoveredId));
        }
        g.restore();
        g.setGlobalAlpha(1);
    }

    private static boolean visible(PictureEdge edge, double left, double top, double right, double bottom) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Point p : edge.points()) {
            x0 = Math.min(x0, p.x());
            x1 = Math.max(x1, p.x());
            y0 = Math.min(y0, p.y());
            y1 = Math.max(y1, p.y());
        }
        return x1 >= left && x0 <= right && y1 >= top && y0 <= bottom;
    }

    private void drawEdge(GraphicsContext g, PictureEdge edge, double scale) {
        List<Point> p = edge.points();
        g.setGlobalAlpha(edge.opacity());
        g.setStroke(color(edge.color()));
        // Never thinner than half a screen pixel, or thin edges vanish when zoomed out.
        g.setLineWidth(Math.max(edge.width(), 0.5 / scale));
        if (edge.dash().isEmpty()) {
            g.setLineDashes();
        } else {
            g.setLineDashes(edge.dash().stream().mapToDouble(Double::doubleValue).toArray());
        }
        g.beginPath();
        g.moveTo(p.get(0).x(), p.get(0).y());
        g.bezierCurveTo(p.get(1).x(), p.get(1).y(), p.get(2).x(), p.get(2).y(), p.get(3).x(), p.get(3).y());
        g.stroke();
    }

    private void drawNode(GraphicsContext g, PictureNode node, PictureStyle style, boolean labels, boolean hovered) {
        g.setGlobalAlpha(node.opacity());
        double w = node.width();
        double h = node.height();
        double x = node.x() - w / 2;
        double y = node.y() - h / 2;
        g.setFill(color(node.fill()));
        g.setStroke(color(hovered ? style.focus() : node.stroke()));
        g.setLineWidth(hovered ? node.strokeWidth() * 2 : node.strokeWidth());
        if (node.shape() == NodeShape.CIRCLE) {
            g.fillOval(x, y, w, h);
            g.strokeOval(x, y, w, h);
        } else {
            g.fillRoundRect(x, y, w, h, h * 0.5, h * 0.5);
            g.strokeRoundRect(x, y, w, h, h * 0.5, h * 0.5);
        }
        drawMarker(g, node, style);
        if (labels) {
            g.setFill(color(node.textColor()));
            g.setFont(font(style.fontSize(), false));
            g.setTextBaseline(VPos.CENTER);
            if (node.labelPlacement() == LabelPlacement.LEFT) {
                g.setTextAlign(TextAlignment.RIGHT);
                g.fillText(node.label(), x - style.fontSize() * 0.4, node.y());
            } else {
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(node.label(), node.x(), node.y());
            }
        }
    }

    private void drawMarker(GraphicsContext g, PictureNode node, PictureStyle style) {
        double w = node.width();
        double h = node.height();
        if (node.marker() == Marker.CHOKEPOINT) {
            // A second ring around the node and a warning triangle at its top right corner.
            double gap = style.nodeStrokeWidth() * 2.5;
            g.setStroke(color(style.chokepoint()));
            g.setLineWidth(style.nodeStrokeWidth() * 2);
            if (node.shape() == NodeShape.CIRCLE) {
                g.strokeOval(node.x() - w / 2 - gap, node.y() - h / 2 - gap, w + 2 * gap, h + 2 * gap);
            } else {
                g.strokeRoundRect(node.x() - w / 2 - gap, node.y() - h / 2 - gap, w + 2 * gap, h + 2 * gap,
                        h * 0.6, h * 0.6);
            }
            double size = style.fontSize() * 1.1;
            double cx = node.x() + w / 2;
            double cy = node.y() - h / 2;
            g.setFill(color(style.chokepoint()));
            g.fillPolygon(new double[] {cx, cx - size / 2, cx + size / 2},
                    new double[] {cy - size * 0.75, cy + size * 0.2, cy + size * 0.2}, 3);
            g.setFill(color(style.background()));
            g.setFont(font(size * 0.7, true));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("!", cx, cy - size * 0.15);
        } else if (node.marker() == Marker.CUT) {
            double r = Math.min(w, h) * 0.45;
            g.setStroke(color(style.critical()));
            g.setLineWidth(style.nodeStrokeWidth() * 2.5);
            g.strokeLine(node.x() - r, node.y() - r, node.x() + r, node.y() + r);
            g.strokeLine(node.x() - r, node.y() + r, node.x() + r, node.y() - r);
        }
    }

    /** The legend's box, its right edge at {@code right}; returns nothing, drawn in screen space. */
    void drawLegend(GraphicsContext g, List<LegendEntry> legend, PictureStyle style, double right, double top) {
        double font = style.smallFontSize();
        double sample = font * 3;
        double line = font * 1.6;
        double textWidth = legend.stream().mapToDouble(e -> style.textWidth(e.label(), font)).max().orElse(0);
        double boxWidth = sample + textWidth + font * 2.2;
        double boxHeight = legend.size() * line + font;
        double x = right - boxWidth;
        g.setGlobalAlpha(0.92);
        g.setFill(color(style.background()));
        g.fillRect(x, top, boxWidth, boxHeight);
        g.setGlobalAlpha(1);
        g.setStroke(color(style.subtleText()));
        g.setLineWidth(1);
        g.setLineDashes();
        g.strokeRect(x, top, boxWidth, boxHeight);
        double y = top + font * 0.5 + line / 2;
        g.setFont(font(font, false));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (LegendEntry entry : legend) {
            double sx = x + font * 0.6;
            drawLegendSample(g, entry, style, sx, y, sample);
            g.setFill(color(style.text()));
            g.fillText(entry.label(), sx + sample + font * 0.6, y);
            y += line;
        }
    }

    /** A legend entry's sample (line, node or marker), {@code sample} wide, centred on the height {@code y}. */
    void drawLegendSample(GraphicsContext g, LegendEntry entry, PictureStyle style, double x, double y,
            double sample) {
        double r = style.smallFontSize() * 0.55;
        switch (entry.symbol()) {
            case LINE -> {
                g.setStroke(color(entry.color()));
                g.setLineWidth(entry.width());
                g.setLineDashes(entry.dash().stream().mapToDouble(Double::doubleValue).toArray());
                g.strokeLine(x, y, x + sample, y);
                g.setLineDashes();
            }
            case COUNTRY -> {
                g.setFill(color(entry.color()));
                g.setStroke(color(style.nodeStroke()));
                g.setLineWidth(style.nodeStrokeWidth());
                g.fillOval(x + sample / 2 - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x + sample / 2 - r, y - r, 2 * r, 2 * r);
            }
            case ITEM, BAR, HATCHED_BAR -> {
                g.setFill(color(entry.symbol() == LegendEntry.Symbol.HATCHED_BAR ? style.background() : entry.color()));
                g.setStroke(color(entry.symbol() == LegendEntry.Symbol.ITEM ? style.nodeStroke() : entry.color()));
                g.setLineWidth(style.nodeStrokeWidth());
                g.fillRoundRect(x, y - r, sample, 2 * r, r, r);
                if (entry.symbol() == LegendEntry.Symbol.HATCHED_BAR) {
                    hatch(g, x, y - r, sample, 2 * r, color(entry.color()), style.nodeStrokeWidth());
                }
                g.strokeRoundRect(x, y - r, sample, 2 * r, r, r);
            }
            case CHOKEPOINT -> {
                g.setFill(color(entry.color()));
                double s = r * 2.2;
                double cx = x + sample / 2;
                g.fillPolygon(new double[] {cx, cx - s / 2, cx + s / 2}, new double[] {y - s * 0.6, y + s * 0.4, y + s * 0.4}, 3);
            }
            case CUT -> {
                g.setStroke(color(entry.color()));
                g.setLineWidth(style.nodeStrokeWidth() * 2);
                double cx = x + sample / 2;
                g.strokeLine(cx - r, y - r, cx + r, y + r);
                g.strokeLine(cx - r, y + r, cx + r, y - r);
            }
        }
    }

    /** Diagonal hatching inside a box: the look-through bars' second cue besides colour. */
    private void hatch(GraphicsContext g, double x, double y, double w, double h, Color stroke, double lineWidth) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.setStroke(stroke);
        g.setLineWidth(lineWidth);
        double step = Math.max(4, h * 0.6);
        for (double d = -h; d < w; d += step) {
            g.strokeLine(x + d, y + h, x + d + h, y);
        }
        g.restore();
    }

    /**
     * The band {@code top .. top + height} of a chart at scale 1 (the canvas holds only that band): bars,
     * guides, texts, then the legend at the top right; what lies outside the band is skipped.
     */
    public void draw(GraphicsContext g, ChartPicture chart, ChartPicture.Bar hovered, double top, double height) {
        PictureStyle style = chart.style();
        g.setTransform(1, 0, 0, 1, 0, -top);
        g.setGlobalAlpha(1);
        g.setFill(color(style.background()));
        g.fillRect(0, top, chart.width(), height);
        double bottom = top + height;
        for (ChartPicture.Line line : chart.lines()) {
            g.setStroke(color(line.color()));
            g.setLineWidth(line.width());
            g.setLineDashes(line.dash().stream().mapToDouble(Double::doubleValue).toArray());
            g.strokeLine(line.x1(), line.y1(), line.x2(), line.y2());
        }
        g.setLineDashes();
        for (ChartPicture.Bar bar : chart.bars()) {
            if (bar.y() > bottom || bar.y() + bar.height() < top) {
                continue;
            }
            g.setFill(color(bar.fill()));
            g.fillRect(bar.x(), bar.y(), bar.width(), bar.height());
            if (bar.hatched()) {
                hatch(g, bar.x(), bar.y(), bar.width(), bar.height(), color(bar.stroke()), bar.strokeWidth());
            }
            g.setStroke(color(bar == hovered ? style.focus() : bar.stroke()));
            g.setLineWidth(bar == hovered ? bar.strokeWidth() * 3 : bar.strokeWidth());
            g.strokeRect(bar.x(), bar.y(), Math.max(bar.width(), 1), bar.height());
        }
        g.setTextBaseline(VPos.BASELINE);
        for (ChartPicture.Text text : chart.texts()) {
            if (text.y() - text.size() > bottom || text.y() + text.size() < top) {
                continue;
            }
            g.setFill(color(text.color()));
            g.setFont(font(text.size(), text.bold()));
            g.setTextAlign(text.anchor() == ChartPicture.Anchor.END ? TextAlignment.RIGHT : TextAlignment.LEFT);
            g.fillText(text.text(), text.x(), text.y());
        }
        drawLegend(g, chart.legend(), style, chart.width() - style.fontSize(), style.fontSize());
    }
}
