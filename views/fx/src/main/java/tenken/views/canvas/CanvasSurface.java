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
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import tenken.assets.Fonts;
import tenken.views.export.Surface;

/**
 * The window's canvas as a {@link Surface}, so that the screen is drawn by the painters that draw every
 * export. Picture units become canvas pixels through {@link #setTransform}. Two things are the screen's
 * own: a curve is never thinner than half a pixel, or thin edges vanish when a large graph is zoomed out;
 * and colours, fonts and dashes are made once and set only when they change, since a frame of 2,000 nodes
 * and 24,000 edges sets them about 100,000 times.
 */
final class CanvasSurface implements Surface {

    private final GraphicsContext g;
    private final Map<String, Color> colors = new HashMap<>();
    private final Map<Double, Font> fonts = new HashMap<>();
    private final Map<Double, Font> boldFonts = new HashMap<>();
    private final Map<Double, double[]> lineMetrics = new HashMap<>();
    private double pixelsPerUnit = 1;
    /** The dash the graphics context has now: comparing lists is cheaper than setting a new array. */
    private List<Double> dash = List.of();

    CanvasSurface(GraphicsContext g) {
        this.g = g;
    }

    /** From now on a point of the picture lands on the canvas at {@code point × scale + translate}. */
    void setTransform(double scale, double translateX, double translateY) {
        g.setTransform(scale, 0, 0, scale, translateX, translateY);
        pixelsPerUnit = scale;
    }

    /** Clears the whole canvas ({@code width} × {@code height} pixels) to the background, untransformed. */
    @Override
    public void begin(double width, double height, String background) {
        setTransform(1, 0, 0);
        g.setGlobalAlpha(1);
        // Butt ends, as on every export surface: a dash is as long as the picture says.
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineDashes();
        dash = List.of();
        if (background == null) {
            g.clearRect(0, 0, width, height);
        } else {
            g.setFill(color(background));
            g.fillRect(0, 0, width, height);
        }
    }

    @Override
    public void rect(double x, double y, double width, double height, String fill, String stroke, double strokeWidth,
            double opacity) {
        g.setGlobalAlpha(opacity);
        if (fill != null) {
            g.setFill(color(fill));
            g.fillRect(x, y, width, height);
        }
        if (stroked(stroke, strokeWidth, List.of())) {
            g.strokeRect(x, y, width, height);
        }
    }

    @Override
    public void roundRect(double x, double y, double width, double height, double radius, String fill,
            String stroke, double strokeWidth, double opacity) {
        // JavaFX takes the corner's diameter.
        double arc = 2 * radius;
        g.setGlobalAlpha(opacity);
        if (fill != null) {
            g.setFill(color(fill));
            g.fillRoundRect(x, y, width, height, arc, arc);
        }
        if (stroked(stroke, strokeWidth, List.of())) {
            g.strokeRoundRect(x, y, width, height, arc, arc);
        }
    }

    @Override
    public void ellipse(double x, double y, double width, double height, String fill, String stroke,
            double strokeWidth, double opacity) {
        g.setGlobalAlpha(opacity);
        if (fill != null) {
            g.setFill(color(fill));
            g.fillOval(x, y, width, height);
        }
        if (stroked(stroke, strokeWidth, List.of())) {
            g.strokeOval(x, y, width, height);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, List<Double> dash,
            double opacity) {
        g.setGlobalAlpha(opacity);
        if (stroked(stroke, width, dash)) {
            g.strokeLine(x1, y1, x2, y2);
        }
    }

    @Override
    public void curve(double[] xs, double[] ys, String stroke, double width, List<Double> dash, double opacity) {
        g.setGlobalAlpha(opacity);
        if (stroked(stroke, Math.max(width, 0.5 / pixelsPerUnit), dash)) {
            g.beginPath();
            g.moveTo(xs[0], ys[0]);
            g.bezierCurveTo(xs[1], ys[1], xs[2], ys[2], xs[3], ys[3]);
            g.stroke();
        }
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill, double opacity) {
        g.setGlobalAlpha(opacity);
        g.setFill(color(fill));
        g.fillPolygon(xs, ys, xs.length);
    }

    /** In the shipped font by family name; a character it lacks comes from another installed font. */
    @Override
    public void text(double x, double y, String text, double size, String color, boolean bold, Anchor anchor,
            double opacity) {
        g.setGlobalAlpha(opacity);
        g.setFill(color(color));
        g.setFont(font(size, bold));
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(switch (anchor) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        g.fillText(text, x, y);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        g.save();
        g.beginPath();
        g.rect(x, y, width, height);
        g.clip();
    }

    /** Restores what was saved before the clip, dashes included. */
    @Override
    public void endClip() {
        g.restore();
        dash = java.util.Arrays.stream(g.getLineDashes() == null ? new double[0] : g.getLineDashes()).boxed().toList();
    }

    /** A canvas has no tooltips: the view finds what is under the pointer in the picture itself. */
    @Override
    public void beginGroup(String tooltip) {
    }

    @Override
    public void endGroup() {
    }

    /** How far the type at {@code size} reaches above its baseline, as JavaFX lays it out. */
    double ascent(double size) {
        return metrics(size)[0];
    }

    /** How far the type at {@code size} reaches below its baseline, as JavaFX lays it out. */
    double descent(double size) {
        return metrics(size)[1];
    }

    private double[] metrics(double size) {
        return lineMetrics.computeIfAbsent(size, s -> {
            Text sample = new Text("国A");
            sample.setFont(font(s, false));
            double ascent = sample.getBaselineOffset();
            return new double[] {ascent, sample.getLayoutBounds().getHeight() - ascent};
        });
    }

    /** Sets the stroke and says whether there is one to draw. */
    private boolean stroked(String stroke, double width, List<Double> dash) {
        if (stroke == null || width <= 0) {
            return false;
        }
        g.setStroke(color(stroke));
        g.setLineWidth(width);
        if (!dash.equals(this.dash)) {
            this.dash = dash;
            g.setLineDashes(dash.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return true;
    }

    private Color color(String hex) {
        return colors.computeIfAbsent(hex, Color::web);
    }

    private Font font(double size, boolean bold) {
        return bold
                ? boldFonts.computeIfAbsent(size, s -> Font.font(Fonts.JAPANESE_FAMILY, FontWeight.BOLD, s))
                : fonts.computeIfAbsent(size, s -> Font.font(Fonts.JAPANESE_FAMILY, s));
    }
}
