package tenken.views.export;

import java.util.List;

/** A surface for tests that look only at the texts a painter draws: every other primitive is ignored. */
abstract class TextOnlySurface implements Surface {

    @Override
    public abstract void text(double x, double y, String text, double size, String color, boolean bold,
            Anchor anchor, double opacity);

    @Override
    public void begin(double width, double height, String background) {
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, String stroke, double sw, double o) {
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double r, String fill, String stroke, double sw,
            double o) {
    }

    @Override
    public void ellipse(double x, double y, double w, double h, String fill, String stroke, double sw, double o) {
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double w, List<Double> dash,
            double o) {
    }

    @Override
    public void curve(double[] xs, double[] ys, String stroke, double w, List<Double> dash, double o) {
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill, double o) {
    }

    @Override
    public void clip(double x, double y, double w, double h) {
    }

    @Override
    public void endClip() {
    }

    @Override
    public void beginGroup(String tooltip) {
    }

    @Override
    public void endGroup() {
    }
}
