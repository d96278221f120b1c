package tenken.graph.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tenken.graph.TestCatalogue;
import tenken.graph.network.Item;
import tenken.graph.network.SupplyData;
import tenken.store.model.Catalogue;
import tenken.store.model.SupplyShare;

class JapanLeverageTest {

    @Test
    void flagsWorldSuppliesWhereJapanHoldsAHighOrCriticalShare() {
        Catalogue catalogue = TestCatalogue.create()
                .share("photoresist", "product", "WLD", "JPN", 0.9)
                .share("photoresist", "product", "WLD", "USA", 0.1)
                .share("wafer", "product", "WLD", "TWN", 0.3)
                .share("wafer", "product", "WLD", "JPN", 0.5)
                .share("wafer", "product", "WLD", "ROW", 0.2)
                .share("gallium", "refining", "WLD", "CHN", 0.6)
                .share("gallium", "refining", "WLD", "JPN", 0.4)
                // Japan's own sourcing is not world supply.
                .share("lithium", "refining", "JPN", "JPN", 0.9)
                .build();

        List<Leverage> leverage = JapanLeverage.find(SupplyData.of(catalogue), Thresholds.from(catalogue));

        assertThat(leverage).extracting(Leverage::item, Leverage::year, Leverage::share, Leverage::rank,
                Leverage::level).containsExactly(
                tuple(new Item("photoresist", "product"), TestCatalogue.YEAR, 0.9, 1, Level.CRITICAL),
                tuple(new Item("wafer", "product"), TestCatalogue.YEAR, 0.5, 1, Level.HIGH));
    }

    @Test
    void rankCountsLargerNamedSuppliersOnly() {
        Catalogue catalogue = TestCatalogue.create()
                .share("x", "s", "WLD", "ROW", 0.0)
                .share("x", "s", "WLD", "JPN", 0.5)
                .share("x", "s", "WLD", "CHN", 0.5)
                .setting("level.high", "0.5")
                .build();
        // CHN's equal share does not push Japan down; ties share a rank.
        assertThat(JapanLeverage.find(SupplyData.of(catalogue), Thresholds.from(catalogue)))
                .extracting(Leverage::rank).containsExactly(1);
    }

    /** The iodine: second after Chile, under the shipped high threshold. */
    private static Catalogue iodineAndFriends() {
        return TestCatalogue.create()
                .share("iodine", "production", "WLD", "CHL", 0.6)
                .share("iodine", "production", "WLD", "JPN", 0.282)
                .share("iodine", "production", "WLD", "ROW", 0.118)
                .share("sponge", "refining", "WLD", "CHN", 0.678)
                .share("sponge", "refining", "WLD", "JPN", 0.17)
                .share("sponge", "refining", "WLD", "ROW", 0.152)
                .share("mlcc", "production", "WLD", "JPN", 0.73)
                .share("mlcc", "production", "WLD", "KOR", 0.21)
                .share("mlcc", "production", "WLD", "ROW", 0.06)
                .share("absent", "production", "WLD", "CHN", 1.0)
                .build();
    }

    @Test
    void theMinimumShareDecidesWhichItemsAreListedAndTheLevelStaysTheThresholds() {
        Catalogue catalogue = iodineAndFriends();
        JapanLeverage leverage = new JapanLeverage(SupplyData.of(catalogue), Thresholds.from(catalogue));

        assertThat(leverage.atLeast(0.5)).extracting(l -> l.item().material()).containsExactly("mlcc");
        assertThat(leverage.countBelow(0.5)).isEqualTo(2);

        List<Leverage> lowered = leverage.atLeast(0.15);
        assertThat(lowered).extracting(l -> l.item().material(), Leverage::share, Leverage::rank, Leverage::level)
                .containsExactly(
                        tuple("mlcc", 0.73, 1, Level.HIGH),
                        tuple("iodine", 0.282, 2, Level.NORMAL),
                        tuple("sponge", 0.17, 2, Level.NORMAL));
        assertThat(leverage.countBelow(0.15)).isZero();
        // The bound is inclusive (within rounding), and a share of exactly the minimum is in.
        assertThat(leverage.atLeast(0.282)).extracting(l -> l.item().material()).containsExactly("mlcc", "iodine");
        assertThat(leverage.atLeast(0.2820000001)).extracting(l -> l.item().material())
                .containsExactly("mlcc", "iodine");
        assertThat(leverage.atLeast(0.29)).extracting(l -> l.item().material()).containsExactly("mlcc");
    }

    @Test
    void aZeroMinimumListsEveryItemJapanSuppliesButNotThoseItDoesNot() {
        Catalogue catalogue = iodineAndFriends();
        List<Leverage> all = new JapanLeverage(SupplyData.of(catalogue), Thresholds.from(catalogue)).atLeast(0);
        assertThat(all).extracting(l -> l.item().material()).containsExactly("mlcc", "iodine", "sponge");
    }

    @Test
    void minimumOutsideZeroToOneIsRefused() {
        Catalogue catalogue = iodineAndFriends();
        JapanLeverage leverage = new JapanLeverage(SupplyData.of(catalogue), Thresholds.from(catalogue));
        assertThatThrownBy(() -> leverage.atLeast(1.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> leverage.atLeast(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> leverage.atLeast(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoredHighThresholdMovesTheDefaultMinimum() {
        Catalogue catalogue = TestCatalogue.create()
                .share("iodine", "production", "WLD", "CHL", 0.6)
                .share("iodine", "production", "WLD", "JPN", 0.282)
                .share("materials", "components", "WLD", "JPN", 0.48)
                .share("materials", "components", "WLD", "TWN", 0.16)
                .setting("level.high", "0.25")
                .build();
        assertThat(JapanLeverage.find(SupplyData.of(catalogue), Thresholds.from(catalogue)))
                .extracting(l -> l.item().material(), Leverage::level)
                .containsExactly(tuple("materials", Level.HIGH), tuple("iodine", Level.HIGH));
    }

    @Test
    void dependentsAreTheOtherConsumersWhoseTopSupplierIsJapan() {
        Catalogue catalogue = TestCatalogue.create()
                .share("mlcc", "production", "WLD", "JPN", 0.73)
                .share("mlcc", "production", "WLD", "KOR", 0.27)
                // Korea buys most from Japan: a dependent.
                .share("mlcc", "production", "KOR", "JPN", 0.55)
                .share("mlcc", "production", "KOR", "CHN", 0.45)
                // The USA buys from Japan and China equally: Japan shares the top, a dependent.
                .share("mlcc", "production", "USA", "JPN", 0.4)
                .share("mlcc", "production", "USA", "CHN", 0.4)
                .share("mlcc", "production", "USA", "ROW", 0.2)
                // India's top supplier is China: not a dependent.
                .share("mlcc", "production", "IND", "CHN", 0.6)
                .share("mlcc", "production", "IND", "JPN", 0.3)
                // ROW is no supplier: Germany's top named supplier is Japan.
                .share("mlcc", "production", "DEU", "ROW", 0.8)
                .share("mlcc", "production", "DEU", "JPN", 0.2)
                // Japan's own sourcing is self-sufficiency, not leverage.
                .share("mlcc", "production", "JPN", "JPN", 0.98)
                // Another item's sourcing does not count.
                .share("other", "production", "FRA", "JPN", 1.0)
                .build();

        Leverage mlcc = JapanLeverage.find(SupplyData.of(catalogue), Thresholds.from(catalogue)).get(0);

        assertThat(mlcc.dependents()).extracting(Dependent::consumer, Dependent::share).containsExactly(
                tuple("KOR", 0.55), tuple("USA", 0.4), tuple("DEU", 0.2));
    }

    @Test
    void sourceBasisAndTechnologyLeakageMaterialComeWithEachFigure() {
        Catalogue catalogue = TestCatalogue.create()
                .item("mlcc", "advanced electronic components")
                .item("crankshafts", "ship parts")
                .share(new SupplyShare("mlcc", "production", "WLD", "JPN", 0.73, 2018, "BusinessKorea 2018",
                        "world market share by maker's home country", "press", ""))
                .share(new SupplyShare("mlcc", "production", "WLD", "KOR", 0.21, 2018, "BusinessKorea 2018"))
                .share(new SupplyShare("crankshafts", "production", "WLD", "JPN", 0.4, 2017, "Kobe Steel",
                        "world share of one Japanese maker", "company claim", ""))
                .build();

        List<Leverage> found = new JapanLeverage(SupplyData.of(catalogue), Thresholds.from(catalogue)).atLeast(0.3);

        assertThat(found).extracting(l -> l.item().material(), Leverage::year, Leverage::source, Leverage::basis,
                Leverage::quality, Leverage::leakageMaterial).containsExactly(
                tuple("mlcc", 2018, "BusinessKorea 2018", "world market share by maker's home country", "press",
                        Optional.of("advanced electronic components")),
                tuple("crankshafts", 2017, "Kobe Steel", "world share of one Japanese maker", "company claim",
                        Optional.empty()));
    }

    @Test
    void theLatestYearOfTheWorldSharesIsUsed() {
        Catalogue catalogue = TestCatalogue.create()
                .share("iodine", "production", "WLD", "JPN", 0.30, 2023)
                .share("iodine", "production", "WLD", "JPN", 0.282, 2024)
                .share("iodine", "production", "WLD", "CHL", 0.6, 2024)
                .build();
        assertThat(new JapanLeverage(SupplyData.of(catalogue), Thresholds.from(catalogue)).atLeast(0.1))
                .extracting(Leverage::year, Leverage::share).containsExactly(tuple(2024, 0.282));
    }
}
