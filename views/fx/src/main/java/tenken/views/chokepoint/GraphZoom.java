package tenken.views.chokepoint;

import javafx.geometry.Point2D;
import tenken.views.canvas.GraphView;

/**
 * Where a graph view was zoomed and panned to, kept across a language switch: the scale, and where the
 * picture's origin lay in the view.
 */
public record GraphZoom(double scale, double originX, double originY) {

    /** How {@code view} is zoomed and panned now. */
    public static GraphZoom of(GraphView view) {
        Point2D origin = view.toView(0, 0);
        return new GraphZoom(view.scale(), origin.getX(), origin.getY());
    }

    /** Zooms and pans {@code view} back to this. */
    public void applyTo(GraphView view) {
        // Zooming about the view's (0, 0) scales the origin's offset with the picture; the pan then puts it back.
        view.zoomAt(scale / view.scale(), 0, 0);
        Point2D origin = view.toView(0, 0);
        view.pan(originX - origin.getX(), originY - origin.getY());
    }
}
