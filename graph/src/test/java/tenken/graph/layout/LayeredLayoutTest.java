package tenken.graph.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tenken.store.progress.ProgressMonitor;

class LayeredLayoutTest {

    @Test
    void nodesStayInTheirColumnsAndNeverOverlap() {
        LayeredGraph graph = SyntheticSupplyChain.generate(2_000, 7);
        LayeredLayout.Options options = LayeredLayout.Options.DEFAULT;

        Layout layout = LayeredLayout.compute(graph, options, ProgressMonitor.NONE);

        List<List<Integer>> columns = new ArrayList<>();
        for (int l = 0; l < graph.layerCount(); l++) {
            columns.add(new ArrayList<>());
        }
        for (int v = 0; v < graph.nodeCount(); v++) {
            assertThat(layout.x(v)).isEqualTo(graph.layer(v) * options.layerGap());
            columns.get(graph.layer(v)).add(v);
        }
        for (List<Integer> column : columns) {
            column.sort((a, b) -> Double.compare(layout.y(a), layout.y(b)));
            for (int i = 1; i < column.size(); i++) {
                int above = column.get(i - 1);
                int below = column.get(i);
                double least = (graph.size(above) + graph.size(below)) / 2 + options.nodeGap();
                assertThat(layout.y(below) - layout.y(above)).isGreaterThanOrEqualTo(least - 1e-6);
            }
        }
    }

    @Test
    void barycentreSweepsRemoveTheCrossingsOfATwistedChain() {
        // Two parallel chains a0→a1→a2 and b0→b1→b2, with the middle column given in twisted order.
        LayeredGraph.Builder builder = LayeredGraph.builder();
        int a0 = builder.node("a0", 0, 10, 0);
        int b0 = builder.node("b0", 0, 10, 1);
        int b1 = builder.node("b1", 1, 10, 0);
        int a1 = builder.node("a1", 1, 10, 1);
        int a2 = builder.node("a2", 2, 10, 0);
        int b2 = builder.node("b2", 2, 10, 1);
        builder.edge(a0, a1, 1);
        builder.edge(a1, a2, 1);
        builder.edge(b0, b1, 1);
        builder.edge(b1, b2, 1);
        LayeredGraph graph = builder.build();

        Layout layout = LayeredLayout.compute(graph, LayeredLayout.Options.DEFAULT, ProgressMonitor.NONE);

        assertThat(layout.y(a0) < layout.y(b0)).isEqualTo(layout.y(a1) < layout.y(b1));
        assertThat(layout.y(a1) < layout.y(b1)).isEqualTo(layout.y(a2) < layout.y(b2));
        // Straight chains: placement pulls each node level with its neighbours.
        assertThat(layout.y(a1)).isCloseTo(layout.y(a0), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        LayeredGraph graph = SyntheticSupplyChain.generate(500, 3);
        List<Double> seen = new ArrayList<>();
        LayeredLayout.compute(graph, LayeredLayout.Options.DEFAULT, new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                seen.add(done / (double) total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(seen).isSorted().last().isEqualTo(1.0);

        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> LayeredLayout.compute(graph, LayeredLayout.Options.DEFAULT, new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return calls.incrementAndGet() > 3;
            }
        })).isInstanceOf(CancellationException.class);
    }

    @Test
    void isotonicRegressionPoolsViolators() {
        assertThat(LayeredLayout.isotonic(new double[] {1, 3, 2, 4})).containsExactly(1, 2.5, 2.5, 4);
        assertThat(LayeredLayout.isotonic(new double[] {5, 4, 3})).containsExactly(4, 4, 4);
        assertThat(LayeredLayout.isotonic(new double[0])).isEmpty();
    }

    @Test
    void anEmptyGraphHasAnEmptyLayout() {
        Layout layout = LayeredLayout.compute(LayeredGraph.builder().build(), LayeredLayout.Options.DEFAULT,
                ProgressMonitor.NONE);
        assertThat(layout.nodeCount()).isZero();
        assertThat(layout.maxX()).isZero();
    }
}
