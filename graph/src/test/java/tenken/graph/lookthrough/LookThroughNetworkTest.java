package tenken.graph.lookthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;
import tenken.graph.TestCatalogue;
import tenken.graph.network.Item;
import tenken.graph.network.SupplyData;

class LookThroughNetworkTest {

    private static final Item X = new Item("x", "product");
    private static final Item Y = new Item("y", "refining");
    private static final double EXACT = 1e-12;

    /** The issue's example: K buys X from CHN 0.4, IND 0.3, ITA 0.3; X needs Y; IND buys Y from CHN 0.8 and IND 0.2; ITA from CHN 1.0. */
    private static TestCatalogue issueExample() {
        return TestCatalogue.create()
                .share("x", "product", "JPN", "CHN", 0.4)
                .share("x", "product", "JPN", "IND", 0.3)
                .share("x", "product", "JPN", "ITA", 0.3)
                .input("x", "product", "y", "refining")
                .share("y", "refining", "IND", "CHN", 0.8)
                .share("y", "refining", "IND", "IND", 0.2)
                .share("y", "refining", "ITA", "CHN", 1.0);
    }

    private static ItemLoss loss(TestCatalogue catalogue, String consumer, Cut cut, Item item) {
        ScenarioResult result = LookThroughNetwork.compile(SupplyData.of(catalogue.build())).scenario(consumer, cut);
        return result.losses().stream().filter(l -> l.item().equals(item)).findFirst().orElseThrow();
    }

    @Test
    void issueExampleCuttingChinaFaceValue040Loss094() {
        // surviving = 0.4 × 0 + 0.3 × (0.8 × 0 + 0.2 × 1) + 0.3 × (1.0 × 0) = 0.06
        ItemLoss x = loss(issueExample(), "JPN", Cut.of("CHN", 1.0), X);

        assertThat(x.faceValue()).isCloseTo(0.40, within(EXACT));
        assertThat(x.loss()).isCloseTo(0.94, within(EXACT));
        assertThat(x.coverage()).isCloseTo(1.0, within(EXACT));
        assertThat(x.worldFallback()).isFalse();
        // CHN's own Y has no data at all: assumed unaffected (it is cut anyway), and marked.
        assertThat(x.insufficientData()).isTrue();
    }

    @Test
    void halfCutOfTheIssueExample() {
        // IND: 0.8 × 0.5 + 0.2 = 0.6; ITA: 1.0 × 0.5 = 0.5; CHN's Y unknown, so 1.
        // surviving = 0.4 × 0.5 × 1 + 0.3 × 0.6 + 0.3 × 0.5 = 0.53
        ItemLoss x = loss(issueExample(), "JPN", Cut.of("CHN", 0.5), X);

        assertThat(x.loss()).isCloseTo(0.47, within(EXACT));
        assertThat(x.faceValue()).isCloseTo(0.40, within(EXACT));
    }

    @Test
    void aCountrysSupplyToItselfIsNotCut() {
        TestCatalogue catalogue = TestCatalogue.create()
                .share("x", "product", "JPN", "JPN", 0.5)
                .share("x", "product", "JPN", "CHN", 0.5);

        ItemLoss cutJapan = loss(catalogue, "JPN", Cut.of("JPN", 1.0), X);
        assertThat(cutJapan.loss()).isCloseTo(0, within(EXACT));
        assertThat(cutJapan.faceValue()).isZero();

        assertThat(loss(catalogue, "JPN", Cut.of("CHN", 1.0), X).loss()).isCloseTo(0.5, within(EXACT));
    }

    @Test
    void aCutSuppliersOwnInputsAreNotCutButItsExportsAre() {
        // JPN buys X from IND only; IND makes X from Y, half its own, half from CHN. Cut IND by half:
        // IND's Y is untouched (0.5 × 1 + 0.5 × 1), its exports of X halve: surviving = 1.0 × 0.5 × 1.
        TestCatalogue catalogue = TestCatalogue.create()
                .share("x", "product", "JPN", "IND", 1.0)
                .input("x", "product", "y", "refining")
                .share("y", "refining", "IND", "IND", 0.5)
                .share("y", "refining", "IND", "CHN", 0.5)
                .share("y", "refining", "WLD", "CHN", 1.0);

        assertThat(loss(catalogue, "JPN", Cut.of("IND", 0.5), X).loss()).isCloseTo(0.5, within(EXACT));
        // Cut CHN instead: IND's Y survives 0.5 × 1 + 0.5 × 0.
        assertThat(loss(catalogue, "JPN", Cut.of("CHN", 1.0), X).loss()).isCloseTo(0.5, within(EXACT));
        // And IND as consumer of its own Y, cut itself: nothing lost.
        assertThat(loss(catalogue, "IND", Cut.of("IND", 1.0), Y).loss()).isCloseTo(0, within(EXACT));
    }

    @Test
    void suppliersWithoutOwnSharesUseWorldShares() {
        TestCatalogue catalogue = TestCatalogue.create()
                .share("x", "product", "JPN", "KOR", 1.0)
                .share("x", "product", "WLD", "KOR", 0.7)
                .share("x", "product", "WLD", "CHN", 0.3)
                .input("x", "product", "y", "refining")
                .share("y", "refining", "WLD", "CHN", 0.6)
                .share("y", "refining", "WLD", "AUS", 0.4);

        // KOR's Y by world shares: 0.6 × 0 + 0.4 × 1 = 0.4.
        ItemLoss japan = loss(catalogue, "JPN", Cut.of("CHN", 1.0), X);
        assertThat(japan.loss()).isCloseTo(0.6, within(EXACT));
        assertThat(japan.faceValue()).isZero();
        assertThat(japan.insufficientData()).isFalse();
        assertThat(japan.worldFallback()).isFalse();

        // USA has no shares at all: its X is sourced by world shares too. 0.7 × 0.4 + 0.3 × 0 = 0.28.
        ItemLoss usa = loss(catalogue, "USA", Cut.of("CHN", 1.0), X);
        assertThat(usa.loss()).isCloseTo(0.72, within(EXACT));
        assertThat(usa.faceValue()).isCloseTo(0.3, within(EXACT));
        assertThat(usa.worldFallback()).isTrue();
    }

    @Test
    void aCutCountryWithoutOwnSharesKeepsItsWorldShareForItself() {
        // CHN, sourcing Y by world shares, is cut: of its world share it keeps its own part.
        TestCatalogue catalogue = TestCatalogue.create()
                .share("x", "product", "WLD", "CHN", 1.0)
                .input("x", "product", "y", "refining")
                .share("y", "refining", "WLD", "CHN", 0.5)
                .share("y", "refining", "WLD", "AUS", 0.5);
        // Cut CHN and AUS by half. CHN's Y: 0.5 × 1 × 1 (its own) + 0.5 × 0.5 × 1 (AUS) = 0.75;
        // CHN's X for itself: 1.0 × 1 × 0.75 = 0.75.
        Cut cut = new Cut(Set.of("CHN", "AUS"), 0.5);
        assertThat(loss(catalogue, "CHN", cut, X).loss()).isCloseTo(0.25, within(EXACT));
        // The world: CHN's exports of X halve, and CHN makes X from its Y: 1.0 × 0.5 × 0.75.
        assertThat(loss(catalogue, "WLD", cut, X).loss()).isCloseTo(1 - 0.375, within(EXACT));
    }

    @Test
    void inputsWithoutAnyDataAreAssumedUnaffectedAndMarked() {
        TestCatalogue catalogue = TestCatalogue.create()
                .share("x", "product", "JPN", "KOR", 1.0)
                .input("x", "product", "y", "refining");

        ItemLoss unrelated = loss(catalogue, "JPN", Cut.of("CHN", 1.0), X);
        assertThat(unrelated.loss()).isCloseTo(0, within(EXACT));
        assertThat(unrelated.insufficientData()).isTrue();

        assertThat(loss(catalogue, "JPN", Cut.of("KOR", 1.0), X).loss()).isCloseTo(1, within(EXACT));
    }

    @Test
    void cyclesAreReportedAndNotLoopedOn() {
        TestCatalogue catalogue = TestCatalogue.create()
                .share("x", "product", "JPN", "KOR", 1.0)
                .share("x", "product", "WLD", "KOR", 1.0)
                .input("x", "product", "y", "refining")
                .input("y", "refining", "x", "product")
                .share("y", "refining", "WLD", "CHN", 1.0);

        ScenarioResult result = LookThroughNetwork.compile(SupplyData.of(catalogue.build()))
                .scenario("JPN", Cut.of("CHN", 1.0));

        assertThat(result.cycles()).hasSize(1);
        assertThat(result.cycles().get(0).items()).containsExactlyInAnyOrder(X, Y);
        ItemLoss x = result.losses().stream().filter(l -> l.item().equals(X)).findFirst().orElseThrow();
        // The cycle's inner relations are not followed: X counts as made without inputs, marked.
        assertThat(x.loss()).isCloseTo(0, within(EXACT));
        assertThat(x.insufficientData()).isTrue();
    }

    @Test
    void restOfWorldIsNeverCutButItsInputsAre() {
        TestCatalogue catalogue = TestCatalogue.create()
                .share("x", "product", "JPN", "ROW", 0.5)
                .share("x", "product", "JPN", "CHN", 0.5)
                .input("x", "product", "y", "refining")
                .share("y", "refining", "WLD", "CHN", 1.0);

        ItemLoss x = loss(catalogue, "JPN", Cut.of("CHN", 1.0), X);
        // ROW's X needs Y, which the world gets from CHN only.
        assertThat(x.loss()).isCloseTo(1.0, within(EXACT));
        assertThat(x.faceValue()).isCloseTo(0.5, within(EXACT));

        LookThroughNetwork network = LookThroughNetwork.compile(SupplyData.of(catalogue.build()));
        assertThatThrownBy(() -> network.scenario("JPN", Cut.of("ROW", 1.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void severalCountriesCutAtOnce() {
        TestCatalogue catalogue = TestCatalogue.create()
                .share("x", "product", "JPN", "CHN", 0.5)
                .share("x", "product", "JPN", "USA", 0.3)
                .share("x", "product", "JPN", "DEU", 0.2);

        ItemLoss x = loss(catalogue, "JPN", new Cut(Set.of("CHN", "USA"), 1.0), X);
        assertThat(x.loss()).isCloseTo(0.8, within(EXACT));
        assertThat(x.faceValue()).isCloseTo(0.8, within(EXACT));
    }

    @Test
    void unlistedSupplyIsNotLostByACutAndCoverageSaysWhatIsListed() {
        TestCatalogue catalogue = TestCatalogue.create()
                .share("x", "product", "JPN", "CHN", 0.5)
                .share("x", "product", "JPN", "USA", 0.3);

        ItemLoss untouched = loss(catalogue, "JPN", Cut.of("DEU", 1.0), X);
        assertThat(untouched.coverage()).isCloseTo(0.8, within(EXACT));
        // surviving₀ = 0.8: the unlisted 0.2 is supply the data do not name, not supply the cut takes.
        assertThat(untouched.loss()).isCloseTo(0.0, within(EXACT));
        assertThat(loss(catalogue, "JPN", Cut.of("CHN", 1.0), X).loss()).isCloseTo(0.5, within(EXACT));
    }

    @Test
    void thinDataUpstreamIsMeasuredFromWhatSurvivesWithNothingCut() {
        // JPN buys X from IND only; X needs Y; IND's listed sourcing of Y covers 0.6 (CHN 0.4, VNM 0.2).
        // surviving₀(JPN, X) = 1 × 0.6 = 0.6; cutting CHN: 1 × 0.2 = 0.2; loss = 0.6 − 0.2 = 0.4.
        TestCatalogue catalogue = TestCatalogue.create()
                .share("x", "product", "JPN", "IND", 1.0)
                .input("x", "product", "y", "raw")
                .share("y", "raw", "IND", "CHN", 0.4)
                .share("y", "raw", "IND", "VNM", 0.2);

        assertThat(loss(catalogue, "JPN", Cut.of("CHN", 1.0), X).loss()).isCloseTo(0.4, within(EXACT));
        assertThat(loss(catalogue, "JPN", Cut.of("VNM", 1.0), X).loss()).isCloseTo(0.2, within(EXACT));
    }

    @Test
    void aCutOfNamedMaterialsReachesThemAndWhatIsMadeFromThemOnly() {
        // JPN buys x from CHN 0.5 and USA 0.5; USA makes x from y, bought from CHN 0.6 and AUS 0.4.
        // CHN controls y only: x's direct CHN share is untouched, USA loses 0.6 of its y.
        // surviving(JPN, x) = 0.5 × 1 + 0.5 × 0.4 = 0.7 → loss 0.3, face value 0; y for JPN (world) unaffected.
        TestCatalogue catalogue = TestCatalogue.create()
                .share("x", "product", "JPN", "CHN", 0.5)
                .share("x", "product", "JPN", "USA", 0.5)
                .input("x", "product", "y", "raw")
                .share("y", "raw", "USA", "CHN", 0.6)
                .share("y", "raw", "USA", "AUS", 0.4);
        Cut control = new Cut(Set.of("CHN"), 1.0, Set.of("y"));

        ItemLoss x = loss(catalogue, "JPN", control, X);
        assertThat(x.loss()).isCloseTo(0.3, within(EXACT));
        assertThat(x.faceValue()).isCloseTo(0, within(EXACT));
        assertThat(loss(catalogue, "JPN", new Cut(Set.of("CHN"), 1.0, Set.of("x")), X).loss())
                .isCloseTo(0.5, within(EXACT));
    }

    @Test
    void aCutNamingAMaterialReachesItsItems() {
        // x is an item of the designated material m: a control on m is a control on x.
        TestCatalogue catalogue = TestCatalogue.create()
                .item("x", "m")
                .share("x", "product", "JPN", "CHN", 0.6)
                .share("x", "product", "JPN", "USA", 0.4);

        ItemLoss x = loss(catalogue, "JPN", new Cut(Set.of("CHN"), 1.0, Set.of("m")), X);
        assertThat(x.loss()).isCloseTo(0.6, within(EXACT));
        assertThat(x.faceValue()).isCloseTo(0.6, within(EXACT));
        assertThat(loss(catalogue, "JPN", new Cut(Set.of("CHN"), 1.0, Set.of("other")), X).loss())
                .isCloseTo(0, within(EXACT));
    }

    @Test
    void resultsAreRankedByLoss() {
        TestCatalogue catalogue = TestCatalogue.create()
                .share("a", "s", "JPN", "CHN", 0.2)
                .share("a", "s", "JPN", "USA", 0.8)
                .share("b", "s", "JPN", "CHN", 0.9)
                .share("b", "s", "JPN", "USA", 0.1);

        ScenarioResult result = LookThroughNetwork.compile(SupplyData.of(catalogue.build()))
                .scenario("JPN", Cut.of("CHN", 1.0));
        assertThat(result.losses()).extracting(l -> l.item().material()).containsExactly("b", "a");
    }
}
