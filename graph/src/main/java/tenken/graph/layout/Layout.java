package tenken.graph.layout;

/**
 * Where each node of a {@link LayeredGraph} goes: the centre of node {@code i} is ({@code x(i)},
 * {@code y(i)}) in layout units (the graph's node sizes are in the same units), with its bounds.
 */
public final class Layout {

    private final double[] x;
    private final double[] y;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    Layout(double[] x, double[] y, double[] size) {
        this.x = x.clone();
        this.y = y.clone();
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            double half = size[i] / 2;
            x0 = Math.min(x0, x[i] - half);
            y0 = Math.min(y0, y[i] - half);
            x1 = Math.max(x1, x[i] + half);
            y1 = Math.max(y1, y[i] + half);
        }
        boolean empty = x.length == 0;
        minX = empty ? 0 : x0;
        minY = empty ? 0 : y0;
        maxX = empty ? 0 : x1;
        maxY = empty ? 0 : y1;
    }

    public int nodeCount() {
        return x.length;
    }

    public double x(int node) {
        return x[node];
    }

    public double y(int node) {
        return y[node];
    }

    public double minX() {
        return minX;
    }

    public double minY() {
        return minY;
    }

    public double maxX() {
        return maxX;
    }

    public double maxY() {
        return maxY;
    }
}
