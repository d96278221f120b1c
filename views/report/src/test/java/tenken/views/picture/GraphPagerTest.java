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

    /**
     * Issue 13 item 2, a scenario's page: semiconductor materials (designated material 1) are supplied by Japan,
     * Taiwan, the US and Korea, none of them cut, and made from refined gallium and germanium (material 0), which
     * China (cut) refines with small shares from four others; the cut reaches gallium, germanium and, through
     * them, the semiconductor materials.
     */
    private static SupplyNetwork inputChain() {
        return inputChain(false);
    }

    /** As {@link #inputChain()}, with the English catalogue's names when {@code english}: longer, so wrapped taller. */
    private static SupplyNetwork inputChain(boolean english) {
        List<SupplyNetwork.Node> nodes = new ArrayList<>();
        List<SupplyNetwork.Edge> edges = new ArrayList<>();
        for (String country : List.of("CHN", "JPN", "TWN", "USA", "KOR", "RUS", "DEU", "CAN")) {
            nodes.add(new SupplyNetwork.Node(country, SupplyNetwork.Kind.COUNTRY, "国" + country, 0, 0, null, null,
                    Level.NORMAL, false, country, false));
        }
        for (String metal : List.of("gallium", "germanium")) {
            String name = english ? Character.toUpperCase(metal.charAt(0)) + metal.substring(1)
                    + " (Refining and processing)" : metal + "（製錬）";
            nodes.add(new SupplyNetwork.Node(metal + "/refining", SupplyNetwork.Kind.ITEM, name, 1,
                    metal.length(), metal, "refining", Level.CRITICAL, false, metal, false));
            edges.add(new SupplyNetwork.Edge("CHN", metal + "/refining", SupplyNetwork.EdgeKind.SUPPLY, 0.8,
                    Level.CRITICAL, 2024, "USGS", "CHN→" + metal));
            for (String small : List.of("RUS", "DEU", "CAN", "KOR")) {
                edges.add(new SupplyNetwork.Edge(small, metal + "/refining", SupplyNetwork.EdgeKind.SUPPLY, 0.05,
                        Level.NORMAL, 2024, "USGS", small + "→" + metal));
            }
            edges.add(new SupplyNetwork.Edge(metal + "/refining", "semi/components", SupplyNetwork.EdgeKind.INPUT, 1,
                    Level.NORMAL, 0, "", "投入"));
        }
        nodes.add(new SupplyNetwork.Node("semi/components", SupplyNetwork.Kind.ITEM, english
                ? "Semiconductor components and materials (Components and materials)" : "半導体部素材（部素材）", 2,
                SupplyNetwork.GROUP_SPAN, "semi", "components", Level.HIGH, false, "部素材", false));
        String[] suppliers = {"JPN", "TWN", "USA", "KOR"};
        double[] shares = {0.4, 0.3, 0.2, 0.1};
        for (int i = 0; i < suppliers.length; i++) {
            edges.add(new SupplyNetwork.Edge(suppliers[i], "semi/components", SupplyNetwork.EdgeKind.SUPPLY, shares[i],
                    Level.NORMAL, 2023, "経産省", suppliers[i] + "→部素材"));
        }
        return new SupplyNetwork(nodes, edges, "日本の輸入", "2023–2024年", List.of("USGS"), 0.8, 0.5, 0);
    }

    @Test
    void anItemHitThroughAnInputIsPagedWithTheChainFromTheCutCountry() {
        double width = 1200;
        double height = 360;
        Set<String> worstFirst = new java.util.LinkedHashSet<>(List.of("semi/components", "gallium/refining",
                "germanium/refining"));

        List<GraphPager.Page> pages = pager.pages(inputChain(), worstFirst, Set.of("CHN"), width, height, () -> false);

        GraphPager.Page semi = pages.get(0);
        SupplyNetwork page = semi.network();

        assertThat(semi.items()).as("the page is of the semiconductor materials").containsExactly("semi/components");
        assertThat(page.node("gallium/refining")).as("the input carrying the loss").isNotNull();
        assertThat(page.node("CHN")).as("the cut country").isNotNull();
        assertThat(page.edges()).as("cut country → input → item").anyMatch(e -> e.kind() == SupplyNetwork.EdgeKind.SUPPLY
                && e.from().equals("CHN") && e.to().equals("gallium/refining"))
                .anyMatch(e -> e.kind() == SupplyNetwork.EdgeKind.INPUT && e.from().equals("gallium/refining")
                        && e.to().equals("semi/components"));
        GraphPicture picture = picture(semi);
        assertThat(picture.maxX() - picture.minX()).as("page width").isLessThanOrEqualTo(width);
        assertThat(picture.maxY() - picture.minY()).as("page height").isLessThanOrEqualTo(height);
        assertThat(page.node("gallium/refining").layer()).as("the input left of the item")
                .isLessThan(page.node("semi/components").layer());
        // Drawn and emphasised as a scenario emphasises what the cut reaches: the chain at full strength.
        Set<String> shown = new HashSet<>(worstFirst);
        shown.add("CHN");
        GraphPicture emphasised = new GraphPictureBuilder(STYLE).build(page, semi.graph(), semi.layout(),
                new Emphasis(shown, Set.of("CHN")), Map.of(), "題", "");
        assertThat(emphasised.node("gallium/refining").opacity()).isEqualTo(1.0);
        assertThat(emphasised.edges()).anyMatch(e -> e.from().equals("CHN") && e.to().equals("gallium/refining")
                && e.opacity() == 1.0).anyMatch(e -> e.from().equals("gallium/refining")
                && e.to().equals("semi/components") && e.opacity() == 1.0);
        // The materials' own pages follow: gallium is also on a page of its own.
        assertThat(pages.get(1).items()).contains("gallium/refining");
    }

    /**
     * Issue 13 item 2: where the item's page cannot show both inputs that carry its loss (English names wrap
     * taller), the other follows on a page of the same item, so that every link cut country → input → item is on
     * some page, in rooms from too short for both to roomy (below 200 units even one input with the item does not
     * fit at 24 px: the item's page shows it alone).
     */
    @Test
    void noLinkOfAChainIsLeftOffEveryPage() {
        Set<String> worstFirst = new java.util.LinkedHashSet<>(List.of("semi/components", "gallium/refining",
                "germanium/refining"));
        boolean split = false;
        for (double height = 200; height <= 480; height += 20) {
            List<GraphPager.Page> pages = pager.pages(inputChain(true), worstFirst, Set.of("CHN"), 1200, height,
                    () -> false);
            for (String metal : List.of("gallium/refining", "germanium/refining")) {
                assertThat(pages).as("CHN → %s → semi/components on a page, room height %s", metal, height)
                        .anyMatch(page -> page.network().edges().stream().anyMatch(e -> e.kind() == SupplyNetwork.EdgeKind.INPUT
                                && e.from().equals(metal) && e.to().equals("semi/components"))
                                && page.network().edges().stream().anyMatch(e -> e.from().equals("CHN")
                                        && e.to().equals(metal)));
            }
            split |= pages.stream().noneMatch(page -> page.network().node("gallium/refining") != null
                    && page.network().node("germanium/refining") != null && page.network().node("semi/components") != null);
            for (GraphPager.Page page : pages) {
                GraphPicture picture = picture(page);
                assertThat(picture.maxY() - picture.minY()).as("page height in room %s", height)
                        .isLessThanOrEqualTo(height);
            }
        }
        assertThat(split).as("some room too short for both inputs with the item").isTrue();
    }

    @Test
    void anInputTheCutDoesNotReachIsNotBroughtOntoTheItemsPage() {
        Set<String> reached = new java.util.LinkedHashSet<>(List.of("semi/components", "gallium/refining"));

        List<GraphPager.Page> pages = pager.pages(inputChain(), reached, Set.of("CHN"), 1200, 360, () -> false);

        SupplyNetwork semi = pages.get(0).network();
        assertThat(semi.node("gallium/refining")).isNotNull();
        assertThat(semi.node("germanium/refining")).as("not reached: explains nothing").isNull();
    }

    @Test
    void theDeskAndTheWholeCatalogueBringNoInputOntoAnotherMaterialsPage() {
        List<GraphPager.Page> pages = pager.pages(inputChain(), Set.of(), Set.of(), 1200, 360, () -> false);

        for (GraphPager.Page page : pages) {
            assertThat(items(page)).as("only the page's own items").isEqualTo(page.items());
        }
    }
}
