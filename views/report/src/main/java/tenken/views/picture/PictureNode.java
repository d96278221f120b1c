package tenken.views.picture;

/**
 * A node as drawn: centre ({@code x}, {@code y}) and size in picture units, colours as {@code #rrggbb},
 * the label and where it goes, a marker, an opacity (below 1 when out of focus) and the tooltip text
 * (what the figure is, its source and year).
 */
public record PictureNode(
        String id,
        NodeShape shape,
        double x,
        double y,
        double width,
        double height,
        String label,
        LabelPlacement labelPlacement,
        String fill,
        String stroke,
        double strokeWidth,
        String textColor,
        Marker marker,
        double opacity,
        String tooltip) {

    /** True when ({@code px}, {@code py}) lies on the node (its box; circles by distance). */
    public boolean contains(double px, double py) {
        double dx = px - x;
        double dy = py - y;
        if (shape == NodeShape.CIRCLE) {
            double r = width / 2;
            return dx * dx + dy * dy <= r * r;
        }
        return Math.abs(dx) <= width / 2 && Math.abs(dy) <= height / 2;
    }
}
