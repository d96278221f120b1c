package tenken.views.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tenken.assets.Messages;
import tenken.graph.concentration.Level;

/** Issue 13 item 2: a projector graph in pages that fit whole at 24 px, with the small suppliers collapsed. */
class GraphPagerTest {

    private static final PictureStyle STYLE = PictureStyle.PROJECTOR;
    private final GraphPager pager = new GraphPager(new GraphPictureBuilder(STYLE));

    @BeforeEach
    void japanese() {
        Messages.setLocale(Messages.JAPANESE);
    }

    /**
     * Two designated materials: material 0 with three items (ore, metal, magnet, the magnet made from the
     * metal), each supplied by eight countries with shares 40, 20, 10, 8, 7, 6, 5, 4 %; material 1 with one
     * item supplied by two countries.
     */
    private static SupplyNetwork network() {
        List<SupplyNetwork.Node> nodes = new ArrayList<>();
        List<SupplyNetwork.Edge> edges = new ArrayList<>();
        String[] countries = {"CHN", "AUS", "USA", "MMR", "BRA", "IND", "RUS", "VNM"};
        double[] shares = {0.40, 0.20, 0.10, 0.08, 0.07, 0.06, 0.05, 0.04};
        for (String country : countries) {
            nodes.add(new SupplyNetwork.Node(country, SupplyNetwork.Kind.COUNTRY, "国" + country, 0, 0, null, null,
                    Level.NORMAL, false, country, false));
        }
        nodes.add(new SupplyNetwork.Node("JPN", SupplyNetwork.Kind.COUNTRY, "日本", 0, 0, null, null, Level.NORMAL,
                false, "JPN", false));
        String[] items = {"ree/mining", "ree/refining", "magnet/making"};
        for (int i = 0; i < items.length; i++) {
            nodes.add(new SupplyNetwork.Node(items[i], SupplyNetwork.Kind.ITEM, "レアアース品目" + i, 1 + (i == 2 ? 1 : 0),
                    i, "ree", items[i].split("/")[1], Level.HIGH, false, "品目" + i, false));
            for (int c = 0; c < countries.length; c++) {
                edges.add(new SupplyNetwork.Edge(countries[c], items[i], SupplyNetwork.EdgeKind.SUPPLY, shares[c],
                        shares[c] >= 0.5 ? Level.HIGH : Level.NORMAL, 2020 + c % 3, "出典" + c, countries[c] + "→" + i));
            }
        }
        edges.add(new SupplyNetwork.Edge("ree/refining", "magnet/making", SupplyNetwork.EdgeKind.INPUT, 1, Level.NORMAL,
                0, "", "投入"));
        nodes.add(new SupplyNetwork.Node("drug/api", SupplyNetwork.Kind.ITEM, "抗菌性物質製剤（原薬）", 1,
                SupplyNetwork.GROUP_SPAN, "drug", "api", Level.CRITICAL, false, "原薬", false));
        edges.add(new SupplyNetwork.Edge("CHN", "drug/api", SupplyNetwork.EdgeKind.SUPPLY, 0.9, Level.CRITICAL, 2023,
                "厚労省", "CHN→原薬"));
        edges.add(new SupplyNetwork.Edge("JPN", "drug/api", SupplyNetwork.EdgeKind.SUPPLY, 0.1, Level.NORMAL, 2023,
                "厚労省", "JPN→原薬"));
        return new SupplyNetwork(nodes, edges, "世界生産", "2020–2023年", List.of("出典0"), 0.8, 0.5, 0);
    }

    private static GraphPicture picture(GraphPager.Page page) {
        GraphPictureBuilder builder = new GraphPictureBuilder(STYLE);
        return builder.build(page.network(), page.graph(), page.layout(), Emphasis.NONE, Map.of(), "題", "");
    }

    private static List<String> items(GraphPager.Page page) {
        return page.network().nodes().stream().filter(n -> n.kind() == SupplyNetwork.Kind.ITEM)
                .map(SupplyNetwork.Node::id).toList();
    }

    @Test
    void aNetworkThatFitsIsOnePageOfItself() {
        SupplyNetwork network = network();

        List<GraphPager.Page> pages = pager.pages(network, Set.of(), Set.of(), 10_000, 10_000, () -> false);

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).network()).isSameAs(network);
    }

    @Test
    void aNetworkThatDoesNotFitIsPagedByMaterialAndEveryPageFitsWhole() {
        double width = 1200;
        double height = 360;

        List<GraphPager.Page> pages = pager.pages(network(), Set.of(), Set.of(), width, height, () -> false);

        assertThat(pages).hasSizeGreaterThan(1);
        List<String> shown = new ArrayList<>();
        for (GraphPager.Page page : pages) {
            GraphPicture picture = picture(page);
            assertThat(picture.maxX() - picture.minX()).as("page width").isLessThanOrEqualTo(width);
            assertThat(picture.maxY() - picture.minY()).as("page height").isLessThanOrEqualTo(height);
            Set<Long> groups = new HashSet<>();
            page.network().nodes().stream().filter(n -> n.kind() == SupplyNetwork.Kind.ITEM)
                    .forEach(n -> groups.add(n.group()));
            assertThat(groups).as("one designated material per page").hasSize(1);
            shown.addAll(items(page));
        }
        assertThat(shown).as("every item on exactly one page, in catalogue order")
                .containsExactly("ree/mining", "ree/refining", "magnet/making", "drug/api");
        // The drug page has both its suppliers and nothing collapsed; it is the last page.
        GraphPager.Page drug = pages.get(pages.size() - 1);
        assertThat(drug.network().node("CHN")).isNotNull();
        assertThat(drug.network().node("JPN")).isNotNull();
        assertThat(drug.network().node(GraphPager.OTHERS_ID)).isNull();
    }

    @Test
    void theSmallSuppliersAreCollapsedIntoOneNodeThatSaysWhatItStandsFor() {
        List<GraphPager.Page> pages = pager.pages(network(), Set.of(), Set.of(), 1200, 360, () -> false);
        GraphPager.Page first = pages.get(0);
        SupplyNetwork page = first.network();

        SupplyNetwork.Node others = page.node(GraphPager.OTHERS_ID);
        assertThat(others).as("collapsed suppliers").isNotNull();
        List<String> kept = page.nodes().stream()
                .filter(n -> n.kind() == SupplyNetwork.Kind.COUNTRY && !n.id().equals(GraphPager.OTHERS_ID))
                .map(SupplyNetwork.Node::id).toList();
        assertThat(kept).as("the largest suppliers stay").isNotEmpty().allMatch(c -> List.of("CHN", "AUS", "USA",
                "MMR", "BRA", "IND", "RUS").indexOf(c) < kept.size());
        int collapsed = 8 - kept.size();
        assertThat(collapsed).isGreaterThanOrEqualTo(2);
        assertThat(others.label()).contains(String.valueOf(collapsed));
        // One edge per item from the collapsed node, as wide as their shares together.
        for (String item : items(first)) {
            SupplyNetwork.Edge edge = page.edges().stream()
                    .filter(e -> e.from().equals(GraphPager.OTHERS_ID) && e.to().equals(item)).findFirst().orElseThrow();
            double expected = 0;
            double[] shares = {0.40, 0.20, 0.10, 0.08, 0.07, 0.06, 0.05, 0.04};
            for (int c = kept.size(); c < 8; c++) {
                expected += shares[c];
            }
            assertThat(edge.share()).isCloseTo(expected, within(1e-9));
            assertThat(edge.detail()).contains("国VNM", "4%", "出典7");
        }
        // Its tooltip lists every country it stands for with share, year and source.
        assertThat(others.detail()).contains("国VNM", "4%", "2021年", "出典7").contains("国RUS", "5%", "出典6");
        assertThat(picture(first).node(GraphPager.OTHERS_ID).tooltip()).isEqualTo(others.detail());
    }

    @Test
    void countriesToKeepAreNeverCollapsed() {
        List<GraphPager.Page> pages = pager.pages(network(), Set.of(), Set.of("VNM"), 1200, 360, () -> false);

        for (GraphPager.Page page : pages) {
            if (page.network().nodes().stream().anyMatch(n -> n.kind() == SupplyNetwork.Kind.ITEM
                    && n.materialKey().equals("ree"))) {
                assertThat(page.network().node("VNM")).as("the cut country stays on every page it supplies").isNotNull();
                assertThat(page.network().node(GraphPager.OTHERS_ID).detail()).doesNotContain("国VNM");
            }
        }
    }

    @Test
    void onlyTheChosenItemsArePagedAndTheirColumnsCloseUp() {
        List<GraphPager.Page> pages = pager.pages(network(),
                new java.util.LinkedHashSet<>(List.of("magnet/making", "drug/api")), Set.of(), 1200, 360, () -> false);

        assertThat(pages.stream().flatMap(p -> items(p).stream()).toList())
                .containsExactly("magnet/making", "drug/api");
        // The magnet sits in column 2 of the whole graph; alone on its page it is in column 1, next to its suppliers.
        assertThat(pages.get(0).network().node("magnet/making").layer()).isEqualTo(1);
    }

    @Test
    void theChosenItemsMaterialsArePagedInTheOrderTheyAreGiven() {
        Set<String> worstFirst = new java.util.LinkedHashSet<>(List.of("drug/api", "magnet/making"));

        List<GraphPager.Page> pages = pager.pages(network(), worstFirst, Set.of(), 1200, 360, () -> false);

        assertThat(pages.stream().flatMap(p -> items(p).stream()).toList())
                .containsExactly("drug/api", "magnet/making");
    }

    @Test
    void inputEdgesStayBetweenItemsOnTheSamePage() {
        List<GraphPager.Page> pages = pager.pages(network(), Set.of(), Set.of(), 2000, 700, () -> false);
        GraphPager.Page withBoth = pages.stream().filter(p -> items(p).containsAll(List.of("ree/refining",
                "magnet/making"))).findFirst().orElseThrow();

        assertThat(withBoth.network().edges()).anyMatch(e -> e.kind() == SupplyNetwork.EdgeKind.INPUT
                && e.from().equals("ree/refining") && e.to().equals("magnet/making"));
    }
}
