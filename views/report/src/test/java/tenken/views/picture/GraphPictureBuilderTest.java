package tenken.views.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tenken.assets.Messages;
import tenken.graph.concentration.Level;
import tenken.graph.layout.LayeredGraph;
import tenken.graph.layout.LayeredLayout;
import tenken.graph.layout.Layout;
import tenken.store.progress.ProgressMonitor;

/** The picture model alone: no JavaFX, so that exports can rely on what it says. */
class GraphPictureBuilderTest {

    /** Two countries supply one item: China 90 % (critical), Japan 10 %; a second item is made from it. */
    private static SupplyNetwork network() {
        Messages.setLocale(Messages.JAPANESE);
        return new SupplyNetwork(List.of(
                new SupplyNetwork.Node("CHN", SupplyNetwork.Kind.COUNTRY, "中国", 0, 0, null, null, Level.NORMAL, true, "中国", false),
                new SupplyNetwork.Node("JPN", SupplyNetwork.Kind.COUNTRY, "日本", 0, 1, null, null, Level.NORMAL, false, "日本", false),
                new SupplyNetwork.Node("KOR", SupplyNetwork.Kind.COUNTRY, "韓国", 0, 2, null, null, Level.NORMAL, false, "韓国", false),
                new SupplyNetwork.Node("ga/refining", SupplyNetwork.Kind.ITEM, "ガリウム（製錬・精製）", 1, 0, "ga",
                        "refining", Level.CRITICAL, false, "ガリウム", false),
                new SupplyNetwork.Node("chips/components", SupplyNetwork.Kind.ITEM, "半導体部素材（部素材）", 2, 0,
                        "chips", "components", Level.HIGH, false, "部素材", false)),
                List.of(new SupplyNetwork.Edge("CHN", "ga/refining", SupplyNetwork.EdgeKind.SUPPLY, 0.9, Level.CRITICAL,
                                2024, "USGS MCS 2025, gallium", "中国 → ガリウム"),
                        new SupplyNetwork.Edge("JPN", "ga/refining", SupplyNetwork.EdgeKind.SUPPLY, 0.1, Level.NORMAL,
                                2024, "USGS MCS 2025, gallium", "日本 → ガリウム"),
                        new SupplyNetwork.Edge("KOR", "chips/components", SupplyNetwork.EdgeKind.SUPPLY, 0.6, Level.HIGH,
                                2023, "METI 2023", "韓国 → 部素材"),
                        new SupplyNetwork.Edge("ga/refining", "chips/components", SupplyNetwork.EdgeKind.INPUT, 1,
                                Level.NORMAL, 0, "", "投入")),
                "世界生産", "2023–2024年", List.of("USGS MCS 2025, gallium", "METI 2023"), 0.8, 0.5, 0);
    }

    private static GraphPicture picture(PictureStyle style, Emphasis emphasis) {
        SupplyNetwork network = network();
        GraphPictureBuilder builder = new GraphPictureBuilder(style);
        LayeredGraph graph = builder.layeredGraph(network);
        Layout layout = LayeredLayout.compute(graph, builder.layoutOptions(network), ProgressMonitor.NONE);
        return builder.build(network, graph, layout, emphasis, Map.of(), "題", "副題");
    }

    /**
     * China supplies an item with a long English name whose shares world production stands in for; a second
     * item, short-named, is made from it.
     */
    private static SupplyNetwork longNamed(String name) {
        Messages.setLocale(Messages.ENGLISH);
        return new SupplyNetwork(List.of(
                new SupplyNetwork.Node("CHN", SupplyNetwork.Kind.COUNTRY, "China", 0, 0, null, null, Level.NORMAL, false, "China", false),
                new SupplyNetwork.Node("equipment", SupplyNetwork.Kind.ITEM, name, 1, 0, "chips", "equipment",
                        Level.HIGH, false, name, true),
                new SupplyNetwork.Node("chips", SupplyNetwork.Kind.ITEM, "Semiconductors (Product)", 2, 0, "chips",
                        "product", Level.NORMAL, false, "Semiconductors", false)),
                List.of(new SupplyNetwork.Edge("CHN", "equipment", SupplyNetwork.EdgeKind.SUPPLY, 0.6, Level.HIGH,
                                2024, "METI 2024", "China → equipment"),
                        new SupplyNetwork.Edge("equipment", "chips", SupplyNetwork.EdgeKind.INPUT, 1, Level.NORMAL, 0, "",
                                "input")),
                "world production", "2024", List.of("METI 2024"), 0.8, 0.5, 1);
    }

    private static GraphPicture picture(SupplyNetwork network, PictureStyle style) {
        GraphPictureBuilder builder = new GraphPictureBuilder(style);
        LayeredGraph graph = builder.layeredGraph(network);
        Layout layout = LayeredLayout.compute(graph, builder.layoutOptions(network), ProgressMonitor.NONE);
        return builder.build(network, graph, layout, Emphasis.NONE, Map.of(), "Title", "Subtitle");
    }

    private static PictureEdge edge(GraphPicture picture, String from, String to) {
        return picture.edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst().orElseThrow();
    }

    @Test
    void levelsDifferByColourAndBySecondCue() {
        GraphPicture picture = picture(PictureStyle.NORMAL, Emphasis.NONE);

        PictureEdge critical = edge(picture, "CHN", "ga/refining");
        PictureEdge high = edge(picture, "KOR", "chips/components");
        PictureEdge normal = edge(picture, "JPN", "ga/refining");
        assertThat(critical.dash()).isEmpty();
        assertThat(high.dash()).isNotEmpty();
        assertThat(normal.dash()).isEmpty();
        assertThat(critical.width()).isGreaterThan(high.width()).isGreaterThan(normal.width());
        assertThat(critical.color()).isEqualTo(PictureStyle.NORMAL.critical()).isNotEqualTo(high.color());
        // Width is proportional to share: w = min + share × (max − min).
        assertThat(critical.width()).isEqualTo(PictureStyle.NORMAL.edgeWidth(0.9));
        assertThat(picture.node("CHN").marker()).isEqualTo(Marker.CHOKEPOINT);
        assertThat(picture.node("ga/refining").strokeWidth()).isGreaterThan(picture.node("JPN").strokeWidth());
        // Critical edges are drawn last, on top.
        assertThat(picture.edges().get(picture.edges().size() - 1)).isEqualTo(critical);
    }

    @Test
    void edgesFlowFromTheRightOfTheSupplierToTheLeftOfTheItem() {
        GraphPicture picture = picture(PictureStyle.NORMAL, Emphasis.NONE);
        PictureNode china = picture.node("CHN");
        PictureNode gallium = picture.node("ga/refining");
        PictureEdge edge = edge(picture, "CHN", "ga/refining");

        assertThat(edge.points().get(0).x()).isEqualTo(china.x() + china.width() / 2);
        assertThat(edge.points().get(3).x()).isEqualTo(gallium.x() - gallium.width() / 2);
        assertThat(edge.distanceTo(edge.at(0.5).x(), edge.at(0.5).y())).isLessThan(1e-6);
        assertThat(picture.edgeNear(edge.at(0.5).x(), edge.at(0.5).y(), 2)).isEqualTo(edge);
        assertThat(picture.nodeAt(china.x(), china.y())).isEqualTo(china);
        assertThat(picture.minX()).isLessThan(china.x() - china.width());
    }

    @Test
    void emphasisDimsWhatItLeavesOutAndMarksCutCountries() {
        GraphPicture picture = picture(PictureStyle.NORMAL, new Emphasis(Set.of("CHN", "ga/refining"), Set.of("CHN")));

        assertThat(picture.node("CHN").marker()).isEqualTo(Marker.CUT);
        assertThat(picture.node("CHN").opacity()).isEqualTo(1);
        assertThat(picture.node("KOR").opacity()).isEqualTo(PictureStyle.NORMAL.dimOpacity());
        assertThat(edge(picture, "CHN", "ga/refining").opacity()).isEqualTo(1);
        assertThat(edge(picture, "KOR", "chips/components").opacity()).isLessThan(1);
        assertThat(picture.legend()).anySatisfy(entry -> assertThat(entry.symbol()).isEqualTo(LegendEntry.Symbol.CUT));
    }

    @Test
    void theFootnoteNamesSourcesAndVintage() {
        GraphPicture picture = picture(PictureStyle.PRINT, Emphasis.NONE);

        assertThat(picture.footnote()).contains("USGS MCS 2025").contains("METI 2023").contains("2023–2024年")
                .contains("世界生産");
        assertThat(picture.legend()).anySatisfy(entry -> assertThat(entry.label()).contains("80%"));
    }

    @Test
    void projectorPicturesAreLargerThanNormalOnes() {
        GraphPicture normal = picture(PictureStyle.NORMAL, Emphasis.NONE);
        GraphPicture projector = picture(PictureStyle.PROJECTOR, Emphasis.NONE);

        assertThat(projector.node("ga/refining").height()).isGreaterThan(normal.node("ga/refining").height());
        assertThat(edge(projector, "CHN", "ga/refining").width()).isGreaterThan(edge(normal, "CHN", "ga/refining").width());
    }

    /**
     * Issue 13 item 16: an English item name of 90 characters made a box wider than an A4 page leaves a picture,
     * and the page cut went through it. It wraps, whole words kept, to the style's widest line, with the
     * "world production stands in" line below it; the box is as wide as its widest line and one line taller
     * per extra line; a name that fits stays on one line.
     */
    @Test
    void aLongItemNameWrapsAtWholeWordsIntoABoxNoWiderThanTheStyleAllows() {
        String name = "Semiconductor manufacturing equipment (including its components) (Manufacturing equipment)";
        for (PictureStyle style : PictureStyle.ALL) {
            GraphPicture picture = picture(longNamed(name), style);
            PictureNode equipment = picture.node("equipment");
            List<String> lines = equipment.label().lines().toList();

            // The projector marks the box with a sign after the name (its subtitle says what the sign means);
            // the other styles give the mark a line of its own.
            List<String> nameLines;
            if (style.shortMarks()) {
                nameLines = lines;
                assertThat(lines).as(style.name()).hasSizeGreaterThan(1);
                assertThat(String.join(" ", lines)).isEqualTo(Messages.get("graph.worldStandsInSigned", name));
            } else {
                assertThat(lines).as(style.name()).hasSizeGreaterThan(2)
                        .last().isEqualTo(Messages.get("graph.worldStandsInMark"));
                nameLines = lines.subList(0, lines.size() - 1);
                assertThat(String.join(" ", nameLines)).isEqualTo(name);
            }
            assertThat(nameLines).allSatisfy(line -> assertThat(style.textWidth(line, style.fontSize()))
                    .isLessThanOrEqualTo(style.itemLabelWidth()));
            double widest = nameLines.stream().mapToDouble(line -> style.textWidth(line, style.fontSize())).max()
                    .orElseThrow();
            assertThat(equipment.width()).isCloseTo(widest + 1.6 * style.fontSize(), within(1e-9))
                    .isLessThan(style.textWidth(name, style.fontSize()));
            assertThat(equipment.height()).isCloseTo(style.itemHeight() + (lines.size() - 1) * style.lineHeight(),
                    within(1e-9));
            assertThat(picture.node("chips").label()).isEqualTo("Semiconductors (Product)");
            // The next column starts at least the layout's gap of 10 em to the right of the widest box.
            PictureNode chips = picture.node("chips");
            assertThat(chips.x() - chips.width() / 2 - (equipment.x() + equipment.width() / 2))
                    .isGreaterThanOrEqualTo(10 * style.fontSize() - 1e-9);
        }
    }

    @Test
    void filtersKeepStrongSupplyAndTheStagesAsked() {
        SupplyNetwork network = network();

        SupplyNetwork critical = network.filtered(new GraphFilter(Set.of(), Level.CRITICAL, 0));
        assertThat(critical.edges()).extracting(SupplyNetwork.Edge::from).containsExactly("CHN");
        assertThat(critical.nodes()).extracting(SupplyNetwork.Node::id).containsExactlyInAnyOrder("CHN", "ga/refining");

        SupplyNetwork components = network.filtered(new GraphFilter(Set.of("components"), Level.INSUFFICIENT, 0));
        assertThat(components.nodes()).extracting(SupplyNetwork.Node::id)
                .containsExactlyInAnyOrder("KOR", "chips/components");

        SupplyNetwork above = network.filtered(new GraphFilter(Set.of(), Level.INSUFFICIENT, 0.5));
        assertThat(above.edges()).extracting(SupplyNetwork.Edge::share).allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(0.5));
        assertThat(network.neighbourhood("ga/refining")).containsExactlyInAnyOrder("ga/refining", "CHN", "JPN",
                "chips/components");
    }
}
