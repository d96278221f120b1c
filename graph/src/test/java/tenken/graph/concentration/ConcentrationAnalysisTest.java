package tenken.graph.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tenken.graph.TestCatalogue;
import tenken.graph.network.Item;
import tenken.graph.network.SupplyData;
import tenken.store.model.Catalogue;

class ConcentrationAnalysisTest {

    private static final Item GALLIUM = new Item("gallium", "refining");

    private static Concentration concentration(TestCatalogue catalogue) {
        return concentration(catalogue, "WLD");
    }

    /** The first group of {@code consumer}'s own shares. */
    private static Concentration concentration(TestCatalogue catalogue, String consumer) {
        Catalogue built = catalogue.build();
        return new ConcentrationAnalysis(SupplyData.of(built), Thresholds.from(built)).of(consumer).get(0);
    }

    private static TestCatalogue world(Object... supplierShares) {
        TestCatalogue catalogue = TestCatalogue.create();
        for (int i = 0; i < supplierShares.length; i += 2) {
            catalogue.share("gallium", "refining", "WLD", (String) supplierShares[i], (Double) supplierShares[i + 1]);
        }
        return catalogue;
    }

    @Test
    void topTop3HhiAndSupplierCountByHand() {
        // CHN 0.6, JPN 0.1, KOR 0.1, DEU 0.05 named; ROW 0.15 not counted.
        Concentration c = concentration(world("CHN", 0.6, "KOR", 0.1, "JPN", 0.1, "DEU", 0.05, "ROW", 0.15));

        assertThat(c.item()).isEqualTo(GALLIUM);
        assertThat(c.consumer()).isEqualTo("WLD");
        assertThat(c.year()).isEqualTo(TestCatalogue.YEAR);
        assertThat(c.topCountry()).isEqualTo("CHN");
        assertThat(c.topShare()).isEqualTo(0.6);
        assertThat(c.top3Share()).isCloseTo(0.6 + 0.1 + 0.1, within(1e-15));
        assertThat(c.hhi()).isCloseTo(0.36 + 0.01 + 0.01 + 0.0025, within(1e-15));
        assertThat(c.suppliers()).isEqualTo(4);
        assertThat(c.namedShare()).isCloseTo(0.85, within(1e-15));
        assertThat(c.coverage()).isCloseTo(1.0, within(1e-15));
        assertThat(c.level()).isEqualTo(Level.HIGH);
    }

    @Test
    void whatAConsumerMakesItselfIsNoExternalDependence() {
        // Japan's sourcing: 98 % made in Japan, 2 % imported from unnamed origins (the IFR's robots).
        TestCatalogue catalogue = TestCatalogue.create()
                .share("gallium", "refining", "JPN", "JPN", 0.98)
                .share("gallium", "refining", "JPN", "ROW", 0.02);
        Concentration c = concentration(catalogue, "JPN");

        assertThat(c.topCountry()).isEqualTo("JPN");
        assertThat(c.topShare()).isEqualTo(0.98);
        assertThat(c.domesticShare()).isEqualTo(0.98);
        assertThat(c.namedShare()).isEqualTo(0.98);
        assertThat(c.level()).isEqualTo(Level.NORMAL);
    }

    @Test
    void theLevelOfAConsumersSourcingIsItsLargestForeignSupplier() {
        // Japan makes 40 %, China supplies 55 %: high, from China's share, not Japan's.
        TestCatalogue catalogue = TestCatalogue.create()
                .share("gallium", "refining", "JPN", "CHN", 0.55)
                .share("gallium", "refining", "JPN", "JPN", 0.40)
                .share("gallium", "refining", "JPN", "ROW", 0.05);
        Concentration c = concentration(catalogue, "JPN");

        assertThat(c.topCountry()).isEqualTo("CHN");
        assertThat(c.domesticShare()).isEqualTo(0.40);
        assertThat(c.level()).isEqualTo(Level.HIGH);
    }

    @Test
    void inWorldProductionEveryCountryCountsForTheLevel() {
        Concentration c = concentration(world("JPN", 0.9, "ROW", 0.1));

        assertThat(c.domesticShare()).isZero();
        assertThat(c.level()).isEqualTo(Level.CRITICAL);
    }

    @Test
    void restOfWorldIsNeverTheTopCountryNorASupplierNorInTheHhi() {
        Concentration c = concentration(world("ROW", 0.45, "CHN", 0.4, "USA", 0.15));

        assertThat(c.topCountry()).isEqualTo("CHN");
        assertThat(c.topShare()).isEqualTo(0.4);
        assertThat(c.top3Share()).isCloseTo(0.55, within(1e-15));
        assertThat(c.hhi()).isCloseTo(0.16 + 0.0225, within(1e-15));
        assertThat(c.suppliers()).isEqualTo(2);
        assertThat(c.level()).isEqualTo(Level.NORMAL);
    }

    @Test
    void tiesAreBrokenByCountryCode() {
        Concentration c = concentration(world("USA", 0.3, "AUS", 0.3, "CHN", 0.3));

        assertThat(c.topCountry()).isEqualTo("AUS");
    }

    @Test
    void criticalAtTheThresholdAndHighJustUnder() {
        assertThat(concentration(world("CHN", 0.8, "USA", 0.2)).level()).isEqualTo(Level.CRITICAL);
        assertThat(concentration(world("CHN", 0.79, "USA", 0.21)).level()).isEqualTo(Level.HIGH);
    }

    @Test
    void highAtTheThresholdAndNormalJustUnder() {
        assertThat(concentration(world("CHN", 0.5, "USA", 0.5)).level()).isEqualTo(Level.HIGH);
        assertThat(concentration(world("CHN", 0.49, "USA", 0.3, "AUS", 0.21)).level()).isEqualTo(Level.NORMAL);
    }

    @Test
    void insufficientWhenNamedSharesSumUnderHalf() {
        Concentration thin = concentration(world("CHN", 0.3, "USA", 0.19, "ROW", 0.51));
        assertThat(thin.level()).isEqualTo(Level.INSUFFICIENT);
        assertThat(thin.topCountry()).isEqualTo("CHN");

        // 0.41 + 0.05 + 0.04 is 0.49999999999999994 in doubles: that is half, not under it.
        assertThat(concentration(world("CHN", 0.41, "USA", 0.05, "AUS", 0.04)).level()).isEqualTo(Level.NORMAL);
        assertThat(concentration(world("CHN", 0.25, "USA", 0.25)).level()).isEqualTo(Level.NORMAL);
    }

    @Test
    void insufficientWithoutAnyNamedSupplier() {
        Concentration none = concentration(world("ROW", 1.0));

        assertThat(none.level()).isEqualTo(Level.INSUFFICIENT);
        assertThat(none.topCountry()).isNull();
        assertThat(none.topShare()).isZero();
        assertThat(none.top3Share()).isZero();
        assertThat(none.hhi()).isZero();
        assertThat(none.suppliers()).isZero();
    }

    @Test
    void thresholdsComeFromTheSettings() {
        TestCatalogue catalogue = world("CHN", 0.85, "USA", 0.15).setting("level.critical", "0.9")
                .setting("level.high", "0.6");
        assertThat(concentration(catalogue).level()).isEqualTo(Level.HIGH);

        TestCatalogue lower = world("CHN", 0.55, "USA", 0.45).setting("level.high", "0.6");
        assertThat(concentration(lower).level()).isEqualTo(Level.NORMAL);
    }

    @Test
    void thresholdsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new Thresholds(0.4, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void latestYearIsAnalysedUnlessAYearIsAsked() {
        TestCatalogue catalogue = TestCatalogue.create()
                .share("gallium", "refining", "WLD", "CHN", 0.98, 2023)
                .share("gallium", "refining", "WLD", "CHN", 0.6, 2019)
                .share("gallium", "refining", "WLD", "USA", 0.4, 2019);
        Catalogue built = catalogue.build();

        Concentration latest = new ConcentrationAnalysis(SupplyData.of(built), Thresholds.from(built)).of("WLD").get(0);
        assertThat(latest.year()).isEqualTo(2023);
        assertThat(latest.topShare()).isEqualTo(0.98);
        assertThat(latest.level()).isEqualTo(Level.CRITICAL);

        Concentration asked = new ConcentrationAnalysis(SupplyData.of(built, java.util.OptionalInt.of(2019)),
                Thresholds.from(built)).of("WLD").get(0);
        assertThat(asked.year()).isEqualTo(2019);
        assertThat(asked.topShare()).isEqualTo(0.6);
        assertThat(asked.suppliers()).isEqualTo(2);
    }
}
