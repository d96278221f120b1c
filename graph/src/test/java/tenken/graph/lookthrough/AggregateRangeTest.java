package tenken.graph.lookthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tenken.graph.TestCatalogue;
import tenken.graph.network.Item;
import tenken.graph.network.SupplyData;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;

/**
 * The EU's made-up API sourcing in the shape of the seed's figure: 70 % from China and India together (XCI,
 * not split by the source), 10 % from China by name, the rest from the rest of the world.
 */
class AggregateRangeTest {

    private static Catalogue catalogue(Map<String, Set<String>> members) {
        Catalogue c = TestCatalogue.create()
                .share("api", "api", "EUU", "XCI", 0.7)
                .share("api", "api", "EUU", "CHN", 0.1)
                .share("api", "api", "EUU", "ROW", 0.2)
                .build();
        return new Catalogue(c.countries().stream().map(country -> country.iso3().equals("XCI")
                        ? new Country("XCI", "中国・インド", "China and India", true) : country).toList(),
                c.stages(), c.materials(), c.designations(), c.shares(), c.inputs(), c.events(), c.settings(), members);
    }

    private static ItemLoss loss(Catalogue catalogue, String cut) {
        return LookThroughNetwork.compile(SupplyData.of(catalogue)).scenario("EUU", Cut.of(cut, 1.0)).losses().stream()
                .filter(l -> l.item().equals(new Item("api", "api"))).findFirst().orElseThrow();
    }

    @Test
    void aCutMemberOfAnAggregateGivesARangeFromTheAggregateSparedToTheAggregateCut() {
        Catalogue catalogue = catalogue(Map.of("XCI", Set.of("CHN", "IND")));

        ItemLoss china = loss(catalogue, "CHN");

        assertThat(china.loss()).isCloseTo(0.1, within(1e-12));
        assertThat(china.lossUpper()).isCloseTo(0.8, within(1e-12));
        assertThat(china.isRange()).isTrue();
        assertThat(LookThroughNetwork.compile(SupplyData.of(catalogue)).scenario("EUU", Cut.of("IND", 1.0))
                .aggregatesInRange()).containsExactly("XCI");
    }

    @Test
    void withoutMembersOrForACountryOutsideTheAggregateTheRangeIsOneValue() {
        ItemLoss noMembers = loss(catalogue(Map.of()), "CHN");
        ItemLoss outside = loss(catalogue(Map.of("XCI", Set.of("CHN", "IND"))), "USA");

        assertThat(noMembers.lossUpper()).isEqualTo(noMembers.loss());
        assertThat(noMembers.isRange()).isFalse();
        assertThat(outside.loss()).isZero();
        assertThat(outside.lossUpper()).isZero();
    }

    @Test
    void restOfTheWorldHasNoMembersAndIsNeverCut() {
        Catalogue catalogue = catalogue(Map.of("XCI", Set.of("CHN", "IND")));

        ItemLoss china = loss(catalogue, "CHN");

        assertThat(china.lossUpper()).as("ROW's 20 % survives").isLessThanOrEqualTo(0.8 + 1e-12);
        assertThat(SupplyData.of(catalogue).aggregatesHolding(Set.of("CHN", "USA"))).containsExactly("XCI");
    }
}
