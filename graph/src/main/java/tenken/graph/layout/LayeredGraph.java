package tenken.graph.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A graph to be drawn in columns: each node has a layer (its column, upstream on the left), a size
 * (its height on the page) and an order hint (where it starts within its column, e.g. grouped by
 * material); each edge has a weight (a share), so that heavy edges pull their ends closer together.
 *
 * <p>Nodes are addressed by index for speed; {@link #index(String)} maps an id back. Edges may span
 * several layers or stay within one: the layout treats every neighbour alike.
 */
public final class LayeredGraph {

    private final String[] ids;
    private final int[] layer;
    private final double[] size;
    private final double[] hint;
    private final int[] from;
    private final int[] to;
    private final double[] weight;
    /** Adjacency in compressed rows: the neighbours of node n are {@code neighbour[start[n] .. start[n+1])}. */
    private final int[] start;
    private final int[] neighbour;
    private final double[] neighbourWeight;
    private final int layerCount;
    private final Map<String, Integer> byId;

    private LayeredGraph(Builder builder) {
        int n = builder.ids.size();
        ids = builder.ids.toArray(String[]::new);
        layer = Arrays.copyOf(builder.layer, n);
        size = Arrays.copyOf(builder.size, n);
        hint = Arrays.copyOf(builder.hint, n);
        int m = builder.edges;
        from = Arrays.copyOf(builder.from, m);
        to = Arrays.copyOf(builder.to, m);
        weight = Arrays.copyOf(builder.weight, m);
        start = new int[n + 1];
        for (int e = 0; e < m; e++) {
            start[from[e] + 1]++;
            start[to[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        neighbour = new int[2 * m];
        neighbourWeight = new double[2 * m];
        int[] fill = Arrays.copyOf(start, n);
        for (int e = 0; e < m; e++) {
            neighbour[fill[from[e]]] = to[e];
            neighbourWeight[fill[from[e]]++] = weight[e];
            neighbour[fill[to[e]]] = from[e];
            neighbourWeight[fill[to[e]]++] = weight[e];
        }
        int maxLayer = -1;
        for (int l : layer) {
            maxLayer = Math.max(maxLayer, l);
        }
        layerCount = maxLayer + 1;
        byId = Map.copyOf(builder.byId);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int nodeCount() {
        return ids.length;
    }

    public int edgeCount() {
        return from.length;
    }

    public int layerCount() {
        return layerCount;
    }

    public String id(int node) {
        return ids[node];
    }

    /** The node's index, or -1 when no node has that id. */
    public int index(String id) {
        return byId.getOrDefault(id, -1);
    }

    public int layer(int node) {
        return layer[node];
    }

    public double size(int node) {
        return size[node];
    }

    public double hint(int node) {
        return hint[node];
    }

    public int from(int edge) {
        return from[edge];
    }

    public int to(int edge) {
        return to[edge];
    }

    public double weight(int edge) {
        return weight[edge];
    }

    int neighbourStart(int node) {
        return start[node];
    }

    int neighbourEnd(int node) {
        return start[node + 1];
    }

    int neighbour(int slot) {
        return neighbour[slot];
    }

    double neighbourWeight(int slot) {
        return neighbourWeight[slot];
    }

    /** Collects nodes and edges; ids must be unique, layers non-negative, weights positive. */
    public static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final Map<String, Integer> byId = new HashMap<>();
        private int[] layer = new int[64];
        private double[] size = new double[64];
        private double[] hint = new double[64];
        private int[] from = new int[64];
        private int[] to = new int[64];
        private double[] weight = new double[64];
        private int edges;

        private Builder() {
        }

        /** Adds a node and returns its index. */
        public int node(String id, int nodeLayer, double nodeSize, double orderHint) {
            if (nodeLayer < 0) {
                throw new IllegalArgumentException("layer of " + id + " is negative: " + nodeLayer);
            }
            if (byId.containsKey(id)) {
                throw new IllegalArgumentException("duplicate node id " + id);
            }
            int index = ids.size();
            if (index == layer.length) {
                layer = Arrays.copyOf(layer, index * 2);
                size = Arrays.copyOf(size, index * 2);
                hint = Arrays.copyOf(hint, index * 2);
            }
            ids.add(id);
            byId.put(id, index);
            layer[index] = nodeLayer;
            size[index] = nodeSize;
            hint[index] = orderHint;
            return index;
        }

        /** Adds an edge between two added nodes; parallel edges are allowed and add their pull. */
        public void edge(int source, int target, double edgeWeight) {
            if (source < 0 || source >= ids.size() || target < 0 || target >= ids.size()) {
                throw new IllegalArgumentException("edge between unknown nodes " + source + " and " + target);
            }
            if (!(edgeWeight > 0)) {
                throw new IllegalArgumentException("edge weight must be positive: " + edgeWeight);
            }
            if (edges == from.length) {
                from = Arrays.copyOf(from, edges * 2);
                to = Arrays.copyOf(to, edges * 2);
                weight = Arrays.copyOf(weight, edges * 2);
            }
            from[edges] = source;
            to[edges] = target;
            weight[edges++] = edgeWeight;
        }

        public LayeredGraph build() {
            return new LayeredGraph(this);
        }
    }
}
