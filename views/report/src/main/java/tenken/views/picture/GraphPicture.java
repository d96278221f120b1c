package tenken.views.picture;

import java.util.List;
import java.util.Set;

/**
 * The chokepoint graph as drawn, with no JavaFX in it: the window draws it on a canvas and the
 * exports write the same records to PNG, SVG, PDF or slides. Coordinates are picture units; the
 * bounds enclose every node and label.
 */
public record GraphPicture(
        String title,
        String subtitle,
        String footnote,
        double minX,
        double minY,
        double maxX,
        double maxY,
        List<PictureNode> nodes,
        List<PictureEdge> edges,
        List<LegendEntry> legend,
        PictureStyle style) {

    public GraphPicture {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        legend = List.copyOf(legend);
    }

    /** The topmost node under a point, or null. */
    public PictureNode nodeAt(double x, double y) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).contains(x, y)) {
                return nodes.get(i);
            }
        }
        return null;
    }

    /** The edge nearest to a point within {@code tolerance}, the topmost on ties, or null. */
    public PictureEdge edgeNear(double x, double y, double tolerance) {
        PictureEdge best = null;
        double bestDistance = tolerance;
        for (PictureEdge edge : edges) {
            double slack = tolerance + edge.width() / 2;
            if (!edgeBoxContains(edge, x, y, slack)) {
                continue;
            }
            double distance = edge.distanceTo(x, y) - edge.width() / 2;
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = edge;
            }
        }
        return best;
    }

    private static boolean edgeBoxContains(PictureEdge edge, double x, double y, double slack) {
        PictureEdge.Box box = edge.controlBox();
        return x >= box.minX() - slack && x <= box.maxX() + slack && y >= box.minY() - slack
                && y <= box.maxY() + slack;
    }

    /**
     * The box around the nodes {@code ids} names, each with its label where the label stands left of the node
     * (a country's name); null when none of them is drawn.
     */
    public PictureEdge.Box boundsOf(Set<String> ids) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (PictureNode node : nodes) {
            if (ids.contains(node.id())) {
                double label = node.labelPlacement() == LabelPlacement.LEFT
                        ? style.textWidth(node.label(), style.fontSize()) : 0;
                minX = Math.min(minX, node.x() - node.width() / 2 - label);
                maxX = Math.max(maxX, node.x() + node.width() / 2);
                minY = Math.min(minY, node.y() - node.height());
                maxY = Math.max(maxY, node.y() + node.height());
            }
        }
        return minX > maxX ? null : new PictureEdge.Box(minX, minY, maxX, maxY);
    }

    public PictureNode node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }
}
