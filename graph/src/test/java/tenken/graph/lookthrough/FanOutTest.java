package tenken.graph.lookthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import tenken.graph.TestCatalogue;
import tenken.graph.network.SupplyData;

class FanOutTest {

    @Test
    void groupsItemsUnderTheirDesignatedMaterialRankedByWorstLoss() {
        TestCatalogue catalogue = TestCatalogue.create()
                .item("gallium", "semiconductors")
                .item("germanium", "semiconductors")
                .item("graphite", "batteries")
                .share("gallium", "refining", "JPN", "CHN", 0.6)
                .share("gallium", "refining", "JPN", "USA", 0.4)
                .share("germanium", "refining", "JPN", "CHN", 0.2)
                .share("germanium", "refining", "JPN", "BEL", 0.8)
                .share("graphite", "refining", "JPN", "CHN", 0.9)
                .share("graphite", "refining", "JPN", "MOZ", 0.1)
                .share("cobalt", "refining", "JPN", "COD", 1.0);
        SupplyData data = SupplyData.of(catalogue.build());

        List<MaterialImpact> fanOut = FanOut.of(LookThroughNetwork.compile(data).scenario("JPN", Cut.of("CHN", 1.0)), data);

        assertThat(fanOut).extracting(MaterialImpact::material)
                .containsExactly("batteries", "semiconductors", "cobalt");
        assertThat(fanOut.get(0).worstLoss()).isCloseTo(0.9, within(1e-12));
        assertThat(fanOut.get(1).items()).extracting(l -> l.item().material()).containsExactly("gallium", "germanium");
        assertThat(fanOut.get(2).worstLoss()).isCloseTo(0, within(1e-12));
    }
}
