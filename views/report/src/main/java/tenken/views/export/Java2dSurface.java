package tenken.views.export;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws with Java2D on a raster (PNG, and the pictures placed on slides), antialiased, in the shipped
 * font. The caller's graphics already carry the scale; this surface works in picture units.
 */
final class Java2dSurface implements Surface {

    private final Graphics2D g;
    private final Map<String, Color> colors = new HashMap<>();
    private final Map<Long, Font> fonts = new HashMap<>();
    /** Opaque curves waiting to be drawn as one shape, and what they are drawn with. */
    private Path2D.Double pendingCurves;
    private String pendingColour;
    private BasicStroke pendingStroke;

    Java2dSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void begin(double width, double height, String background) {
        if (background != null) {
            rect(0, 0, width, height, background, null, 0, 1);
        }
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        flush();
        g.clip(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void endClip() {
        flush();
        g.setClip(null);
    }

    @Override
    public void rect(double x, double y, double width, double height, String fill, String stroke, double strokeWidth,
            double opacity) {
        draw(new Rectangle2D.Double(x, y, width, height), fill, stroke, strokeWidth, List.of(), opacity);
    }

    @Override
    public void roundRect(double x, double y, double width, double height, double radius, String fill,
            String stroke, double strokeWidth, double opacity) {
        draw(new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius), fill, stroke, strokeWidth,
                List.of(), opacity);
    }

    @Override
    public void ellipse(double x, double y, double width, double height, String fill, String stroke,
            double strokeWidth, double opacity) {
        draw(new Ellipse2D.Double(x, y, width, height), fill, stroke, strokeWidth, List.of(), opacity);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, List<Double> dash,
            double opacity) {
        draw(new Line2D.Double(x1, y1, x2, y2), null, stroke, width, dash, opacity);
    }

    /**
     * Opaque curves drawn one after another with the same colour, dash and (to an eighth of a pixel) the
     * same width are drawn as one shape: antialiasing costs Java2D about as much per shape as per
     * pixel, and a 2,000-node graph has 20,000 edges.
     */
    @Override
    public void curve(double[] xs, double[] ys, String stroke, double width, List<Double> dash, double opacity) {
        if (opacity < 1) {
            draw(new CubicCurve2D.Double(xs[0], ys[0], xs[1], ys[1], xs[2], ys[2], xs[3], ys[3]), null, stroke,
                    width, dash, opacity);
            return;
        }
        double pixelsPerUnit = Math.abs(g.getTransform().getScaleX());
        double eighths = Math.max(1, Math.round(width * pixelsPerUnit * 8));
        BasicStroke basic = stroke(eighths / 8 / pixelsPerUnit, visibleDash(dash));
        if (pendingCurves == null || !stroke.equals(pendingColour) || !basic.equals(pendingStroke)) {
            flush();
            pendingCurves = new Path2D.Double();
            pendingColour = stroke;
            pendingStroke = basic;
        }
        pendingCurves.moveTo(xs[0], ys[0]);
        pendingCurves.curveTo(xs[1], ys[1], xs[2], ys[2], xs[3], ys[3]);
    }

    /** Draws the curves waiting; every other primitive calls it first, so that drawing order is kept. */
    void flush() {
        if (pendingCurves != null) {
            opacity(1);
            g.setColor(color(pendingColour));
            g.setStroke(pendingStroke);
            g.draw(pendingCurves);
            pendingCurves = null;
        }
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill, double opacity) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        draw(path, fill, null, 0, List.of(), opacity);
    }

    @Override
    public void text(double x, double y, String text, double size, String color, boolean bold, Anchor anchor,
            double opacity) {
        flush();
        String shown = JapaneseFont.displayable(text);
        Font font = fonts.computeIfAbsent(Double.doubleToLongBits(size) ^ (bold ? 1 : 0),
                key -> JapaneseFont.at(size, bold));
        g.setFont(font);
        double width = anchor == Anchor.START ? 0 : font.getStringBounds(shown, g.getFontRenderContext()).getWidth();
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        opacity(opacity);
        g.setColor(color(color));
        g.drawString(shown, (float) left, (float) y);
    }

    @Override
    public void beginGroup(String tooltip) {
        // A raster has no tooltips.
    }

    @Override
    public void endGroup() {
    }

    private void draw(Shape shape, String fill, String stroke, double strokeWidth, List<Double> dash, double opacity) {
        flush();
        opacity(opacity);
        if (fill != null) {
            g.setColor(color(fill));
            g.fill(shape);
        }
        if (stroke != null && strokeWidth > 0) {
            g.setColor(color(stroke));
            g.setStroke(stroke(strokeWidth, visibleDash(dash)));
            g.draw(shape);
        }
    }

    /**
     * The dash, or none when its period is under two pixels at this scale: such dashes cannot be seen,
     * and Java2D would cut a long curve into tens of thousands of pieces to draw them.
     */
    private List<Double> visibleDash(List<Double> dash) {
        double period = 0;
        for (double length : dash) {
            period += length;
        }
        double pixelsPerUnit = Math.abs(g.getTransform().getScaleX());
        return period * pixelsPerUnit < 2 ? List.of() : dash;
    }

    private static BasicStroke stroke(double width, List<Double> dash) {
        float[] pattern = new float[dash.size()];
        float total = 0;
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = dash.get(i).floatValue();
            total += pattern[i];
        }
        return total > 0
                ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, pattern, 0)
                : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    }

    private void opacity(double opacity) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.max(0, Math.min(1, opacity))));
    }

    private Color color(String hex) {
        return colors.computeIfAbsent(hex, key -> new Color(Rgb.of(key)));
    }
}
