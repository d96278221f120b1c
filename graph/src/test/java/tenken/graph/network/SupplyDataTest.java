package tenken.graph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tenken.graph.TestCatalogue;
import tenken.store.model.Catalogue;

class SupplyDataTest {

    private static final Item X = new Item("x", "s");

    private final Catalogue catalogue = TestCatalogue.create()
            .share("x", "s", "WLD", "CHN", 0.7, 2023)
            .share("x", "s", "WLD", "ROW", 0.3, 2023)
            .share("x", "s", "WLD", "USA", 1.0, 2020)
            .share("x", "s", "JPN", "USA", 0.6, 2021)
            .share("x", "s", "JPN", "CHN", 0.4, 2021)
            .item("x", "family")
            .build();

    @Test
    void selectsTheLatestYearOfEachGroupSeparately() {
        SupplyData data = SupplyData.of(catalogue);

        assertThat(data.group("WLD", X).orElseThrow().year()).isEqualTo(2023);
        assertThat(data.group("WLD", X).orElseThrow().rows()).extracting(r -> r.supplier())
                .containsExactly("CHN", "ROW");
        assertThat(data.group("JPN", X).orElseThrow().year()).isEqualTo(2021);
    }

    @Test
    void aYearAskedSelectsOnlyThatYear() {
        SupplyData data = SupplyData.of(catalogue, OptionalInt.of(2020));

        assertThat(data.group("WLD", X).orElseThrow().shareOf("USA")).isEqualTo(1.0);
        assertThat(data.group("JPN", X)).isEmpty();
    }

    @Test
    void sourcingFallsBackToWorldShares() {
        SupplyData data = SupplyData.of(catalogue);

        assertThat(data.sourcing("JPN", X).orElseThrow().consumer()).isEqualTo("JPN");
        assertThat(data.sourcing("KOR", X).orElseThrow().consumer()).isEqualTo("WLD");
        assertThat(data.sourcing("KOR", new Item("y", "s"))).isEmpty();
    }

    @Test
    void knowsAggregatesSourcingCountriesAndFamilies() {
        SupplyData data = SupplyData.of(catalogue);

        assertThat(data.isAggregate("ROW")).isTrue();
        assertThat(data.isAggregate("WLD")).isTrue();
        assertThat(data.isAggregate("CHN")).isFalse();
        assertThat(data.countriesWithOwnSourcing()).containsExactly("JPN");
        assertThat(data.rootMaterial("x")).isEqualTo("family");
        assertThat(data.rootMaterial("unknown")).isEqualTo("unknown");
        assertThat(data.group("WLD", X).orElseThrow().coverage()).isEqualTo(1.0);
    }

    @Test
    void coverageIsTheSumOfTheListedSharesButNeverMoreThanTheWhole() {
        // Published shares rounded up: 0.219 + … of Japan's LNG in 2015 add up to 1.001.
        ShareGroup rounded = new ShareGroup(X, "JPN", 2015, java.util.List.of(
                new tenken.store.model.SupplyShare("x", "s", "JPN", "AUS", 0.501, 2015, "test"),
                new tenken.store.model.SupplyShare("x", "s", "JPN", "MYS", 0.5, 2015, "test")));
        ShareGroup partial = new ShareGroup(X, "WLD", 2017, java.util.List.of(
                new tenken.store.model.SupplyShare("x", "s", "WLD", "JPN", 0.4, 2017, "test")));

        assertThat(rounded.coverage()).isEqualTo(1.0);
        assertThat(partial.coverage()).isEqualTo(0.4);
    }
}
