package tenken.views.export;

import java.util.List;

/**
 * What a picture is drawn on, in picture units with y pointing down: one implementation per vector or
 * raster format, so that every format draws the same primitives from the same painter. Colours are
 * {@code #rrggbb}; {@code null} fill or stroke means none; dashes are lengths in picture units, empty
 * for solid. The window's canvas is one too (views/fx), so that the screen and the exports are drawn by
 * the same painters.
 */
public interface Surface {

    /** Text anchoring: the point given is where the text starts, its middle, or where it ends. */
    enum Anchor {
        START,
        MIDDLE,
        END
    }

    /** Starts the page; a null background leaves it transparent where the format allows. */
    void begin(double width, double height, String background);

    void rect(double x, double y, double width, double height, String fill, String stroke, double strokeWidth,
            double opacity);

    /** A rectangle with corners rounded by {@code radius}. */
    void roundRect(double x, double y, double width, double height, double radius, String fill, String stroke,
            double strokeWidth, double opacity);

    void ellipse(double x, double y, double width, double height, String fill, String stroke, double strokeWidth,
            double opacity);

    void line(double x1, double y1, double x2, double y2, String stroke, double width, List<Double> dash,
            double opacity);

    /** A cubic Bézier from {@code p0} through controls {@code p1}, {@code p2} to {@code p3}. */
    void curve(double[] xs, double[] ys, String stroke, double width, List<Double> dash, double opacity);

    void polygon(double[] xs, double[] ys, String fill, double opacity);

    /** Text with its baseline at {@code y}, in the shipped Japanese font. */
    void text(double x, double y, String text, double size, String color, boolean bold, Anchor anchor,
            double opacity);

    /**
     * Draws only inside the rectangle until {@link #endClip()}: a picture cut into pages shows on each page
     * only its own part, and an edge leaving that part stops at its border. Clips do not nest.
     */
    void clip(double x, double y, double width, double height);

    void endClip();

    /** Starts a group of primitives that stand for one thing; formats that can show a tooltip show it. */
    void beginGroup(String tooltip);

    void endGroup();
}
