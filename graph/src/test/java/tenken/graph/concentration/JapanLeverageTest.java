package tenken.graph.concentration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tenken.graph.TestCatalogue;
import tenken.graph.network.Item;
import tenken.graph.network.SupplyData;
import tenken.store.model.Catalogue;

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

        assertThat(leverage).containsExactly(
                new Leverage(new Item("photoresist", "product"), TestCatalogue.YEAR, 0.9, 1, Level.CRITICAL),
                new Leverage(new Item("wafer", "product"), TestCatalogue.YEAR, 0.5, 1, Level.HIGH));
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
}
