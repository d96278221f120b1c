package tenken.graph.lookthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import tenken.graph.TestCatalogue;
import tenken.graph.network.SupplyData;

class ScenarioSummaryTest {

    @Test
    void ranksEveryDesignatedMaterialByItsWorstItemThroughItsInputsAndListsThoseWithoutDataLast() {
        TestCatalogue catalogue = TestCatalogue.create()
                .item("gallium", "critical minerals")
                .item("germanium", "critical minerals")
                .item("neodymium magnets", "permanent magnets")
                .item("graphite", "batteries")
                .item("cells", "storage batteries")
                .item("lng", "natural gas")
                .share("gallium", "refining", "JPN", "CHN", 0.6)
                .share("gallium", "refining", "JPN", "USA", 0.4)
                .share("germanium", "refining", "JPN", "CHN", 0.2)
                .share("germanium", "refining", "JPN", "BEL", 0.8)
                .share("graphite", "mining", "JPN", "CHN", 0.9)
                .share("graphite", "mining", "JPN", "MOZ", 0.1)
                // magnets have no shares of their own: what reaches them is what gallium loses
                .input("neodymium magnets", "product", "gallium", "refining")
                // nor have cells: they are made from graphite
                .input("cells", "product", "graphite", "mining");
        SupplyData data = SupplyData.of(catalogue.build());
        ScenarioResult result = LookThroughNetwork.compile(data).scenario("JPN", Cut.of("CHN", 1.0));

        List<MaterialLoss> summary = ScenarioSummary.of(result.losses(), data,
                List.of("natural gas", "critical minerals", "permanent magnets", "storage batteries", "batteries"));

        assertThat(summary).extracting(MaterialLoss::material).containsExactly(
                "storage batteries", "batteries", "critical minerals", "permanent magnets", "natural gas");
        MaterialLoss cells = summary.get(0);
        assertThat(cells.viaInput()).isTrue();
        assertThat(cells.loss()).isCloseTo(0.9, within(1e-12));
        assertThat(cells.worst().orElseThrow().item().material()).isEqualTo("graphite");
        assertThat(summary.get(1).viaInput()).isFalse();
        assertThat(summary.get(2).worst().orElseThrow().item().material()).isEqualTo("gallium");
        assertThat(summary.get(3).viaInput()).isTrue();
        assertThat(summary.get(3).loss()).isCloseTo(0.6, within(1e-12));
        assertThat(summary.get(3).lossUpper()).isEqualTo(summary.get(3).loss());
        MaterialLoss gas = summary.get(4);
        assertThat(gas.hasData()).isFalse();
        assertThat(gas.affected()).isFalse();
        assertThat(gas.worst()).isEmpty();
        assertThat(summary).filteredOn(MaterialLoss::affected).hasSize(4);
    }
}
