package tenken.views.picture;

import java.util.List;
import tenken.graph.concentration.Level;

/**
 * An edge as drawn: a cubic Bézier through {@code points} = [start, control 1, control 2, end], its
 * width (proportional to the share it stands for), colour, dash pattern (lengths in picture units,
 * empty for solid), the level it shows, opacity and tooltip.
 */
public record PictureEdge(
        String from,
        String to,
        List<Point> points,
        double width,
        String color,
        List<Double> dash,
        Level level,
        double opacity,
        String tooltip) {

    public PictureEdge {
        points = List.copyOf(points);
        dash = List.copyOf(dash);
    }

    /** A box in picture units. */
    public record Box(double minX, double minY, double maxX, double maxY) {
    }

    /** The box around the control polygon, which holds the whole curve (a Bézier lies in its control points' hull). */
    public Box controlBox() {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            x0 = Math.min(x0, p.x());
            x1 = Math.max(x1, p.x());
            y0 = Math.min(y0, p.y());
            y1 = Math.max(y1, p.y());
        }
        return new Box(x0, y0, x1, y1);
    }

    /** The point at parameter {@code t} (0..1) of the curve: B(t) = Σ C(3,k) (1−t)^(3−k) t^k P_k. */
    public Point at(double t) {
        double u = 1 - t;
        Point p0 = points.get(0);
        Point p1 = points.get(1);
        Point p2 = points.get(2);
        Point p3 = points.get(3);
        double a = u * u * u;
        double b = 3 * u * u * t;
        double c = 3 * u * t * t;
        double d = t * t * t;
        return new Point(a * p0.x() + b * p1.x() + c * p2.x() + d * p3.x(),
                a * p0.y() + b * p1.y() + c * p2.y() + d * p3.y());
    }

    /** The least distance from ({@code px}, {@code py}) to the curve, measured on 16 straight pieces. */
    public double distanceTo(double px, double py) {
        double best = Double.POSITIVE_INFINITY;
        Point previous = points.get(0);
        for (int i = 1; i <= 16; i++) {
            Point next = at(i / 16.0);
            best = Math.min(best, segmentDistance(px, py, previous, next));
            previous = next;
        }
        return best;
    }

    private static double segmentDistance(double px, double py, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - a.x()) * dx + (py - a.y()) * dy) / length));
        double cx = a.x() + t * dx - px;
        double cy = a.y() + t * dy - py;
        return Math.sqrt(cx * cx + cy * cy);
    }
}
