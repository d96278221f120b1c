package tenken.views.picture;

/** A point in picture units. */
public record Point(double x, double y) {
}
