package tenken.graph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tenken.graph.lookthrough.LookThroughNetwork;
import tenken.graph.network.SupplyData;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.SupplyShare;

class NetworkGeneratorTest {

    private final NetworkSize size = new NetworkSize(400, 4, 30, 6, 5);

    @Test
    void sameSeedSameNetworkOtherSeedOtherNetwork() {
        assertThat(new NetworkGenerator(42).generate(size)).isEqualTo(new NetworkGenerator(42).generate(size));
        assertThat(new NetworkGenerator(43).generate(size).shares())
                .isNotEqualTo(new NetworkGenerator(42).generate(size).shares());
    }

    @Test
    void hasTheAskedShape() {
        Catalogue catalogue = new NetworkGenerator(42).generate(size);

        assertThat(catalogue.materials()).hasSize(400);
        assertThat(catalogue.stages()).hasSize(4);
        Set<String> named = catalogue.countries().stream().filter(c -> !c.aggregate()).map(Country::iso3)
                .collect(Collectors.toSet());
        assertThat(named).hasSize(30).contains("JPN").allMatch(code -> code.matches("[A-Z]{3}"));
        assertThat(catalogue.countries()).extracting(Country::iso3).contains("WLD", "ROW");
        // Tier 1 has no inputs; every other item has three from the tier below.
        Map<String, String> stageOf = new HashMap<>();
        catalogue.shares().forEach(s -> stageOf.put(s.material(), s.stage()));
        catalogue.inputs().forEach(r -> assertThat(Integer.parseInt(r.inputStage().substring(4)))
                .isEqualTo(Integer.parseInt(r.stage().substring(4)) - 1));
        assertThat(catalogue.inputs()).hasSize(300 * NetworkGenerator.INPUTS_PER_ITEM);

        Map<SupplyShare.GroupKey, Double> sums = catalogue.shares().stream()
                .collect(Collectors.groupingBy(SupplyShare::group, Collectors.summingDouble(SupplyShare::share)));
        assertThat(sums.values()).allMatch(sum -> sum <= 1 + 1e-12);
        assertThat(catalogue.shares().stream().map(SupplyShare::consumer).distinct())
                .containsExactlyInAnyOrder("WLD", "JPN", "AAA", "AAB", "AAC", "AAD");
        assertThat(LookThroughNetwork.compile(SupplyData.of(catalogue)).cycles()).isEmpty();
    }

    @Test
    void scalingChangesTheItemsOnly() {
        assertThat(NetworkSize.TARGET.scaled(0.25)).isEqualTo(new NetworkSize(500, 4, 150, 10, 20));
        assertThat(NetworkSize.TARGET.scaled(4)).isEqualTo(new NetworkSize(8000, 4, 150, 10, 20));
    }
}
