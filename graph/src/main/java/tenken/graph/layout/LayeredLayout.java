package tenken.graph.layout;

import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.CancellationException;
import tenken.store.progress.ProgressMonitor;

/**
 * A layered ("Sugiyama-style") drawing for supply chains, after the framework of Sugiyama, Tagawa and
 * Toda (1981), whose barycentre method orders the columns: each node stays in its given column
 * ({@link LayeredGraph#layer}), the order within each column is chosen to reduce edge crossings, and
 * then vertical positions are chosen to keep edges short while nodes never overlap.
 *
 * <p><b>Ordering</b> — weighted barycentre sweeps. Every node gets the normalised position
 * {@code p(v) = (rank(v) + 0.5) / |layer(v)|} within its column. A downward sweep visits columns left to
 * right and sorts each column by the barycentre of its neighbours in columns already visited,
 * {@code b(v) = Σ w(u,v)·p(u) / Σ w(u,v)}; an upward sweep does the same right to left with the
 * neighbours on the right. Edges spanning several columns count like adjacent ones (no dummy nodes),
 * and a node without such neighbours keeps its place. Sweeps stop when an up-and-down round changes no
 * column, or after {@link Options#sweeps}.
 *
 * <p><b>Placement</b> — each column in turn, node {@code i} (in order) wants the weighted mean height of
 * all its neighbours in other columns, {@code d_i}; heights must keep the order and a gap
 * {@code g_i = (size_i + size_{i+1}) / 2 + nodeGap}. With offsets {@code c_0 = 0, c_{i+1} = c_i + g_i}
 * and {@code z_i = y_i − c_i} the constraints become {@code z_i ≤ z_{i+1}}, so the heights minimising
 * {@code Σ (y_i − d_i)²} are the isotonic regression of {@code d_i − c_i} plus {@code c_i}, solved exactly by
 * pool-adjacent-violators in linear time. Passes alternate direction.
 *
 * <p><b>Cost</b> — each sweep sorts every column, {@code O(n log n + m)}; each placement pass is
 * {@code O(n + m)}; the number of sweeps and passes is bounded, so the whole is {@code O(n log n + m)}.
 *
 * <p>References:
 * <ul>
 *   <li>Kozo Sugiyama, Shojiro Tagawa and Mitsuhiko Toda, "Methods for visual understanding of hierarchical
 *       system structures", <i>IEEE Transactions on Systems, Man, and Cybernetics</i> SMC-11(2), 109–125,
 *       1981, doi:10.1109/TSMC.1981.4308636 (layers, crossing reduction by barycentres, placement).
 *   <li>Michael J. Best and Nilotpal Chakravarti, "Active set algorithms for isotonic regression; a unifying
 *       framework", <i>Mathematical Programming</i> 47, 425–439, 1990, doi:10.1007/BF01580873
 *       (pool-adjacent-violators as an exact, linear-time solution of isotonic regression; {@link #isotonic}).
 * </ul>
 */
public final class LayeredLayout {

    /**
     * Spacing and effort: {@code layerGap} between column centres, {@code nodeGap} between node edges
     * in a column, at most {@code sweeps} rounds of ordering and {@code passes} rounds of placement.
     */
    public record Options(double layerGap, double nodeGap, int sweeps, int passes) {
        public static final Options DEFAULT = new Options(360, 14, 12, 6);

        public Options {
            if (layerGap <= 0 || nodeGap < 0 || sweeps < 0 || passes < 0) {
                throw new IllegalArgumentException("invalid layout options");
            }
        }
    }

    private final LayeredGraph graph;
    private final Options options;
    private final ProgressMonitor monitor;
    private final int[][] columns;
    private final double[] position;
    private final double[] y;
    private final double[] key;
    private final int totalSteps;
    private int steps;

    private LayeredLayout(LayeredGraph graph, Options options, ProgressMonitor monitor) {
        this.graph = graph;
        this.options = options;
        this.monitor = monitor;
        int n = graph.nodeCount();
        int[] counts = new int[graph.layerCount()];
        for (int v = 0; v < n; v++) {
            counts[graph.layer(v)]++;
        }
        columns = new int[graph.layerCount()][];
        for (int l = 0; l < columns.length; l++) {
            columns[l] = new int[counts[l]];
        }
        int[] fill = new int[columns.length];
        for (int v = 0; v < n; v++) {
            columns[graph.layer(v)][fill[graph.layer(v)]++] = v;
        }
        position = new double[n];
        y = new double[n];
        key = new double[n];
        totalSteps = Math.max(1, (2 * options.sweeps() + options.passes()) * Math.max(1, columns.length));
    }

    /** Lays {@code graph} out; throws {@link CancellationException} when {@code monitor} asks to stop. */
    public static Layout compute(LayeredGraph graph, Options options, ProgressMonitor monitor) {
        return new LayeredLayout(graph, options, monitor).run();
    }

    private Layout run() {
        Comparator<Integer> byHint = Comparator.<Integer>comparingDouble(graph::hint).thenComparing(graph::id);
        for (int[] column : columns) {
            sortColumn(column, byHint);
        }
        for (int sweep = 0; sweep < options.sweeps(); sweep++) {
            boolean changed = false;
            for (int l = 1; l < columns.length; l++) {
                changed |= reorder(l, true);
            }
            for (int l = columns.length - 2; l >= 0; l--) {
                changed |= reorder(l, false);
            }
            if (!changed) {
                break;
            }
        }
        initialHeights();
        for (int pass = 0; pass < options.passes(); pass++) {
            boolean forward = pass % 2 == 0;
            for (int k = 0; k < columns.length; k++) {
                place(columns[forward ? k : columns.length - 1 - k]);
                step();
            }
        }
        double[] x = new double[graph.nodeCount()];
        double[] size = new double[graph.nodeCount()];
        for (int v = 0; v < x.length; v++) {
            x[v] = graph.layer(v) * options.layerGap();
            size[v] = graph.size(v);
        }
        monitor.progress(totalSteps, totalSteps);
        return new Layout(x, y, size);
    }

    private void step() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException();
        }
        monitor.checkCancelled();
        monitor.progress(Math.min(++steps, totalSteps), totalSteps);
    }

    private void sortColumn(int[] column, Comparator<Integer> order) {
        Integer[] boxed = Arrays.stream(column).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, order);
        for (int i = 0; i < column.length; i++) {
            column[i] = boxed[i];
            position[boxed[i]] = (i + 0.5) / column.length;
        }
    }

    /** Sorts column {@code l} by the barycentre of its neighbours left of it (down) or right of it (up). */
    private boolean reorder(int l, boolean down) {
        int[] column = columns[l];
        for (int v : column) {
            double sum = 0;
            double weights = 0;
            for (int slot = graph.neighbourStart(v); slot < graph.neighbourEnd(v); slot++) {
                int u = graph.neighbour(slot);
                int lu = graph.layer(u);
                if (down ? lu < l : lu > l) {
                    double w = graph.neighbourWeight(slot);
                    sum += w * position[u];
                    weights += w;
                }
            }
            key[v] = weights > 0 ? sum / weights : position[v];
        }
        int[] before = column.clone();
        // Stable: equal barycentres keep their current order, so sweeps converge instead of flapping.
        sortColumn(column, Comparator.comparingDouble(v -> key[v]));
        step();
        return !Arrays.equals(before, column);
    }

    /** Stacks each column with its gaps, centred on zero, as the starting point of placement. */
    private void initialHeights() {
        for (int[] column : columns) {
            double[] offset = offsets(column);
            double centre = column.length == 0 ? 0 : offset[column.length - 1] / 2;
            for (int i = 0; i < column.length; i++) {
                y[column[i]] = offset[i] - centre;
            }
        }
    }

    /** c_i: the least distance of node i below the first node of its column, given sizes and gaps. */
    private double[] offsets(int[] column) {
        double[] offset = new double[column.length];
        for (int i = 1; i < column.length; i++) {
            offset[i] = offset[i - 1] + (graph.size(column[i - 1]) + graph.size(column[i])) / 2 + options.nodeGap();
        }
        return offset;
    }

    private void place(int[] column) {
        int k = column.length;
        if (k == 0) {
            return;
        }
        double[] offset = offsets(column);
        double[] target = new double[k];
        for (int i = 0; i < k; i++) {
            int v = column[i];
            double sum = 0;
            double weights = 0;
            for (int slot = graph.neighbourStart(v); slot < graph.neighbourEnd(v); slot++) {
                int u = graph.neighbour(slot);
                if (graph.layer(u) != graph.layer(v)) {
                    double w = graph.neighbourWeight(slot);
                    sum += w * y[u];
                    weights += w;
                }
            }
            target[i] = (weights > 0 ? sum / weights : y[v]) - offset[i];
        }
        double[] z = isotonic(target);
        for (int i = 0; i < k; i++) {
            y[column[i]] = z[i] + offset[i];
        }
    }

    /**
     * The non-decreasing sequence nearest to {@code values} in least squares (pool-adjacent-violators,
     * Best and Chakravarti 1990): merge neighbouring blocks while a block's mean exceeds its successor's;
     * each block takes its mean.
     */
    static double[] isotonic(double[] values) {
        int k = values.length;
        double[] mean = new double[k];
        int[] count = new int[k];
        int blocks = 0;
        for (double value : values) {
            mean[blocks] = value;
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
                int merged = count[blocks - 2] + count[blocks - 1];
                mean[blocks - 2] = (mean[blocks - 2] * count[blocks - 2] + mean[blocks - 1] * count[blocks - 1]) / merged;
                count[blocks - 2] = merged;
                blocks--;
            }
        }
        double[] result = new double[k];
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int j = 0; j < count[b]; j++) {
                result[i++] = mean[b];
            }
        }
        return result;
    }
}
