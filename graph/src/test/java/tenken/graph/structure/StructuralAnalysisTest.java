package tenken.graph.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tenken.graph.TestCatalogue;
import tenken.graph.concentration.ConcentrationAnalysis;
import tenken.graph.concentration.Thresholds;
import tenken.graph.network.Item;
import tenken.graph.network.SupplyData;
import tenken.store.model.Catalogue;

class StructuralAnalysisTest {

    private static final Item X = new Item("x", "product");

    private static StructuralReport analyse(TestCatalogue catalogue) {
        Catalogue built = catalogue.build();
        SupplyData data = SupplyData.of(built);
        SupplyGraph graph = new SupplyGraphBuilder(data, new ConcentrationAnalysis(data, Thresholds.from(built)))
                .lookThrough("JPN", X);
        return new StructuralAnalysis(data).analyse(graph);
    }

    /** JPN buys X from CHN and KOR, both of whom make it from Y, which the world gets from AUS alone. */
    private static TestCatalogue diamond() {
        return TestCatalogue.create()
                .share("x", "product", "JPN", "CHN", 0.5)
                .share("x", "product", "JPN", "KOR", 0.5)
                .input("x", "product", "y", "mining")
                .share("y", "mining", "WLD", "AUS", 1.0);
    }

    @Test
    void aSingleUpstreamOriginIsAnArticulationPointAndACutOfOne() {
        StructuralReport report = analyse(diamond());

        assertThat(report.target()).isEqualTo(SupplyNode.item("JPN", X));
        assertThat(report.articulationPoints()).containsExactly("AUS");
        // Two parallel routes: no single relation carries everything.
        assertThat(report.bridges()).isEmpty();
        assertThat(report.minimumCut().possible()).isTrue();
        assertThat(report.minimumCut().countries()).containsExactly("AUS");
    }

    @Test
    void betweennessOnTheDiamondByHand() {
        // Directed graph: AUS → CHN's Y → CHN → JPN's X, and AUS → KOR's Y → KOR → JPN's X (6 nodes).
        // CHN lies on the only path from CHN's Y to JPN's X (1) and on one of the two from AUS (1/2): 1.5,
        // normalised by (n − 1)(n − 2) = 20. AUS starts every path: 0.
        Map<String, Double> scores = analyse(diamond()).betweenness().stream()
                .collect(Collectors.toMap(CountryScore::country, CountryScore::score));

        assertThat(scores).containsOnlyKeys("AUS", "CHN", "KOR");
        assertThat(scores.get("CHN")).isCloseTo(1.5 / 20, within(1e-12));
        assertThat(scores.get("KOR")).isCloseTo(1.5 / 20, within(1e-12));
        assertThat(scores.get("AUS")).isZero();
    }

    @Test
    void aChainHasEveryCountryAsArticulationPointAndEveryRelationAsBridge() {
        StructuralReport report = analyse(TestCatalogue.create()
                .share("x", "product", "JPN", "CHN", 1.0)
                .input("x", "product", "y", "mining")
                .share("y", "mining", "WLD", "AUS", 1.0));

        assertThat(report.articulationPoints()).containsExactly("AUS", "CHN");
        SupplyNode chinasY = SupplyNode.item("CHN", new Item("y", "mining"));
        assertThat(report.bridges()).extracting(SupplyEdge::from, SupplyEdge::to).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(SupplyNode.country("AUS"), chinasY),
                org.assertj.core.groups.Tuple.tuple(chinasY, SupplyNode.country("CHN")),
                org.assertj.core.groups.Tuple.tuple(SupplyNode.country("CHN"), SupplyNode.item("JPN", X)));
        assertThat(report.minimumCut().size()).isEqualTo(1);
    }

    @Test
    void minimumCutCountsIndependentRoutes() {
        // CHN's Y from AUS; USA's Y from AUS and CHL: cutting needs two countries (e.g. CHN and USA).
        StructuralReport report = analyse(TestCatalogue.create()
                .share("x", "product", "JPN", "CHN", 0.6)
                .share("x", "product", "JPN", "USA", 0.4)
                .input("x", "product", "y", "mining")
                .share("y", "mining", "CHN", "AUS", 1.0)
                .share("y", "mining", "USA", "AUS", 0.5)
                .share("y", "mining", "USA", "CHL", 0.5));

        assertThat(report.articulationPoints()).isEmpty();
        assertThat(report.minimumCut().possible()).isTrue();
        assertThat(report.minimumCut().size()).isEqualTo(2);
        assertThat(report.minimumCut().countries()).isSubsetOf("AUS", "CHL", "CHN", "USA");
    }

    @Test
    void restOfWorldOrTheConsumerItselfCannotBeRemoved() {
        StructuralReport withRest = analyse(TestCatalogue.create()
                .share("x", "product", "JPN", "CHN", 0.7)
                .share("x", "product", "JPN", "ROW", 0.3));
        assertThat(withRest.minimumCut().possible()).isFalse();
        assertThat(withRest.articulationPoints()).isEmpty();

        StructuralReport selfSupplied = analyse(TestCatalogue.create()
                .share("x", "product", "JPN", "CHN", 0.8)
                .share("x", "product", "JPN", "JPN", 0.2));
        assertThat(selfSupplied.minimumCut().possible()).isFalse();
    }

    @Test
    void graphNodesAndEdgesCarryTheirAttributes() {
        Catalogue built = diamond().build();
        SupplyData data = SupplyData.of(built);
        SupplyGraph graph = new SupplyGraphBuilder(data, new ConcentrationAnalysis(data, Thresholds.from(built)))
                .lookThrough("JPN", X);

        assertThat(graph.consumer()).isEqualTo("JPN");
        assertThat(graph.origins()).containsExactly(SupplyNode.country("AUS"));
        assertThat(graph.graph().vertexSet()).hasSize(6);
        SupplyNode target = SupplyNode.item("JPN", X);
        assertThat(target.kind().key()).isEqualTo("item");
        assertThat(target.id()).isEqualTo("item:JPN:x:product");
        ShareEdge china = (ShareEdge) graph.graph().getEdge(SupplyNode.country("CHN"), target);
        assertThat(china.share()).isEqualTo(0.5);
        assertThat(china.year()).isEqualTo(TestCatalogue.YEAR);
        assertThat(china.source()).isEqualTo("test");
        assertThat(china.level().key()).isEqualTo("high");
        assertThat(graph.graph().getEdgeWeight(china)).isEqualTo(0.5);
        assertThat(graph.graph().getEdge(SupplyNode.item("CHN", new Item("y", "mining")), SupplyNode.country("CHN")))
                .isInstanceOf(InputEdge.class);
    }

    @Test
    void overviewGraphHoldsEveryItemOfTheConsumer() {
        Catalogue built = diamond().share("z", "product", "JPN", "USA", 1.0).build();
        SupplyData data = SupplyData.of(built);
        SupplyGraph overview = new SupplyGraphBuilder(data, new ConcentrationAnalysis(data, Thresholds.from(built)))
                .lookThrough("JPN");

        // JPN sources x and z itself, and y by world shares.
        assertThat(overview.targets()).containsExactlyInAnyOrder(SupplyNode.item("JPN", X),
                SupplyNode.item("JPN", new Item("z", "product")), SupplyNode.item("JPN", new Item("y", "mining")));
        assertThat(overview.graph().containsEdge(SupplyNode.country("USA"),
                SupplyNode.item("JPN", new Item("z", "product")))).isTrue();
    }
}
