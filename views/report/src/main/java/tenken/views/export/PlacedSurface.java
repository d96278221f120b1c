package tenken.views.export;

import java.util.List;

/**
 * Another surface seen through a move and a scale: a point ({@code x}, {@code y}) lands at
 * ({@code left + x × scale}, {@code top + y × scale}), and sizes, line widths and dashes are scaled alike.
 * A page cut from a large picture draws its part at the scale that keeps the labels legible, and the
 * frame around it at its own, each through one of these onto the same page.
 */
final class PlacedSurface implements Surface {

    private final Surface target;
    private final double left;
    private final double top;
    private final double scale;

    PlacedSurface(Surface target, double left, double top, double scale) {
        this.target = target;
        this.left = left;
        this.top = top;
        this.scale = scale;
    }

    private double x(double x) {
        return left + x * scale;
    }

    private double y(double y) {
        return top + y * scale;
    }

    private double[] xs(double[] xs) {
        double[] placed = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            placed[i] = x(xs[i]);
        }
        return placed;
    }

    private double[] ys(double[] ys) {
        double[] placed = new double[ys.length];
        for (int i = 0; i < ys.length; i++) {
            placed[i] = y(ys[i]);
        }
        return placed;
    }

    private List<Double> dash(List<Double> dash) {
        return dash.isEmpty() ? dash : dash.stream().map(length -> length * scale).toList();
    }

    @Override
    public void begin(double width, double height, String background) {
        target.begin(width * scale, height * scale, background);
    }

    @Override
    public void rect(double x, double y, double width, double height, String fill, String stroke, double strokeWidth,
            double opacity) {
        target.rect(x(x), y(y), width * scale, height * scale, fill, stroke, strokeWidth * scale, opacity);
    }

    @Override
    public void roundRect(double x, double y, double width, double height, double radius, String fill, String stroke,
            double strokeWidth, double opacity) {
        target.roundRect(x(x), y(y), width * scale, height * scale, radius * scale, fill, stroke, strokeWidth * scale,
                opacity);
    }

    @Override
    public void ellipse(double x, double y, double width, double height, String fill, String stroke,
            double strokeWidth, double opacity) {
        target.ellipse(x(x), y(y), width * scale, height * scale, fill, stroke, strokeWidth * scale, opacity);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, List<Double> dash,
            double opacity) {
        target.line(x(x1), y(y1), x(x2), y(y2), stroke, width * scale, dash(dash), opacity);
    }

    @Override
    public void curve(double[] xs, double[] ys, String stroke, double width, List<Double> dash, double opacity) {
        target.curve(xs(xs), ys(ys), stroke, width * scale, dash(dash), opacity);
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill, double opacity) {
        target.polygon(xs(xs), ys(ys), fill, opacity);
    }

    @Override
    public void text(double x, double y, String text, double size, String color, boolean bold, Anchor anchor,
            double opacity) {
        target.text(x(x), y(y), text, size * scale, color, bold, anchor, opacity);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        target.clip(x(x), y(y), width * scale, height * scale);
    }

    @Override
    public void endClip() {
        target.endClip();
    }

    @Override
    public void beginGroup(String tooltip) {
        target.beginGroup(tooltip);
    }

    @Override
    public void endGroup() {
        target.endGroup();
    }
}
