package tenken.views.picture;

import java.util.List;

/**
 * A dependency bar chart as drawn, positioned in picture units ({@code width} × {@code height}), with no
 * JavaFX in it: the window draws it and the exports write it.
 */
public record ChartPicture(
        String title,
        String subtitle,
        String footnote,
        double width,
        double height,
        List<Text> texts,
        List<Bar> bars,
        List<Line> lines,
        List<LegendEntry> legend,
        PictureStyle style) {

    public ChartPicture {
        texts = List.copyOf(texts);
        bars = List.copyOf(bars);
        lines = List.copyOf(lines);
        legend = List.copyOf(legend);
    }

    public enum Anchor {
        START,
        END
    }

    /** Text whose baseline starts (or ends) at ({@code x}, {@code y}). */
    public record Text(double x, double y, String text, double size, String color, Anchor anchor, boolean bold) {
    }

    /**
     * A bar: its box, fill, outline, whether it is hatched (look-through bars are, face values solid:
     * the second cue besides colour) and its tooltip.
     */
    public record Bar(double x, double y, double width, double height, String fill, String stroke, double strokeWidth,
            boolean hatched, String tooltip) {

        public boolean contains(double px, double py) {
            return px >= x && px <= x + Math.max(width, 2) && py >= y && py <= y + height;
        }
    }

    public record Line(double x1, double y1, double x2, double y2, String color, double width, List<Double> dash) {
        public Line {
            dash = List.copyOf(dash);
        }
    }

    /** The bar under a point, or null. */
    public Bar barAt(double x, double y) {
        return bars.stream().filter(bar -> bar.contains(x, y)).findFirst().orElse(null);
    }
}
