package tenken.graph.lookthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import tenken.graph.TestCatalogue;
import tenken.graph.bench.NetworkGenerator;
import tenken.graph.bench.NetworkSize;
import tenken.graph.network.Item;
import tenken.graph.network.SupplyData;

class SweepTest {

    @Test
    void sweepEqualsOneScenarioPerCountry() {
        LookThroughNetwork network = LookThroughNetwork.compile(
                SupplyData.of(new NetworkGenerator(7).generate(new NetworkSize(80, 3, 20, 4, 5))));

        for (String consumer : List.of("JPN", "AAC", "AAK", "WLD")) {
            SweepResult sweep = network.sweep(consumer, 0.7);
            assertThat(sweep.countries()).hasSize(20);
            for (int c = 0; c < sweep.countries().size(); c++) {
                ScenarioResult single = network.scenario(consumer, Cut.of(sweep.countries().get(c), 0.7));
                for (ItemLoss loss : single.losses()) {
                    int j = sweep.items().indexOf(loss.item());
                    assertThat(sweep.loss(c, j)).isCloseTo(loss.loss(), within(1e-15));
                }
                assertThat(single.losses()).hasSize(sweep.items().size());
            }
        }
    }

    @Test
    void rankingPutsTheCountryWhoseCutHurtsMostFirst() {
        TestCatalogue catalogue = TestCatalogue.create()
                .share("a", "s", "JPN", "CHN", 0.9)
                .share("a", "s", "JPN", "USA", 0.1)
                .share("b", "s", "JPN", "CHN", 0.5)
                .share("b", "s", "JPN", "USA", 0.5);

        List<CountryImpact> ranking = LookThroughNetwork.compile(SupplyData.of(catalogue.build()))
                .sweep("JPN", 1.0).ranking();

        assertThat(ranking).extracting(CountryImpact::country).containsExactly("CHN", "USA");
        assertThat(ranking.get(0).meanLoss()).isCloseTo(0.7, within(1e-12));
        assertThat(ranking.get(0).worstLoss()).isCloseTo(0.9, within(1e-12));
        assertThat(ranking.get(0).worstItem()).isEqualTo(new Item("a", "s"));
    }
}
