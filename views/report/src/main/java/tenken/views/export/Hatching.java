package tenken.views.export;

/**
 * Diagonal hatching inside a box, the look-through bars' second cue besides colour: lines one {@code step}
 * apart rising at 45°, clipped to the box by computation, since not every surface can clip.
 */
final class Hatching {

    private Hatching() {
    }

    static void draw(Surface surface, double x, double y, double width, double height, String color,
            double lineWidth, double opacity) {
        if (width <= 0 || height <= 0) {
            return;
        }
        double step = Math.max(4, height * 0.6);
        for (double d = -height; d < width; d += step) {
            // The line runs from (x + d, y + h) at t = 0 to (x + d + h, y) at t = 1; keep x within the box.
            double t0 = Math.max(0, -d / height);
            double t1 = Math.min(1, (width - d) / height);
            if (t1 <= t0) {
                continue;
            }
            surface.line(x + d + t0 * height, y + height - t0 * height, x + d + t1 * height, y + height - t1 * height,
                    color, lineWidth, java.util.List.of(), opacity);
        }
    }
}
