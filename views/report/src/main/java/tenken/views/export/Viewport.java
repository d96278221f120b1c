package tenken.views.export;

/**
 * The part of a picture a painter has to draw, in picture coordinates: the window passes what is on
 * screen, so that a frame of a 2,000-node graph or of a chart thousands of units tall costs only what is
 * visible; an export passes {@link #ALL}. A painter skips what lies wholly outside; it may still draw
 * something that only touches the rectangle, since the surface clips it anyway.
 */
public record Viewport(double minX, double minY, double maxX, double maxY) {

    /** Everything, whatever its coordinates. */
    public static final Viewport ALL = new Viewport(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** Whether the box from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}) overlaps this rectangle or its edges. */
    public boolean intersects(double x0, double y0, double x1, double y1) {
        return x1 >= minX && x0 <= maxX && y1 >= minY && y0 <= maxY;
    }
}
