package tenken.graph.layout;

import java.util.Arrays;
import java.util.Locale;
import tenken.store.progress.ProgressMonitor;

/**
 * Prints how long {@link LayeredLayout} takes on a synthetic supply network of 2,000 nodes (or the
 * sizes given as arguments): the first run, then the median of ten after warm-up. A main rather than a
 * timed test, because timings on shared CI machines make flaky assertions. Run it with
 * {@code mvn -B -q -pl graph -am test-compile} and then
 * {@code java -cp graph/target/classes:graph/target/test-classes:store/target/classes tenken.graph.layout.LayoutBenchmark}.
 */
public final class LayoutBenchmark {

    private LayoutBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {2_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int size : sizes) {
            LayeredGraph graph = SyntheticSupplyChain.generate(size, 42);
            long first = time(graph);
            for (int i = 0; i < 10; i++) {
                time(graph);
            }
            long[] runs = new long[10];
            for (int i = 0; i < runs.length; i++) {
                runs[i] = time(graph);
            }
            Arrays.sort(runs);
            System.out.printf(Locale.ROOT, "layered layout, %d nodes, %d edges: first run %.1f ms, median %.1f ms%n",
                    graph.nodeCount(), graph.edgeCount(), first / 1e6, runs[runs.length / 2] / 1e6);
        }
    }

    private static long time(LayeredGraph graph) {
        long start = System.nanoTime();
        LayeredLayout.compute(graph, LayeredLayout.Options.DEFAULT, ProgressMonitor.NONE);
        return System.nanoTime() - start;
    }
}
