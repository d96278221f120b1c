package tenken.views.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tenken.views.canvas.GraphView;
import tenken.views.chokepoint.ChokepointController;
import tenken.views.chokepoint.GraphModel;
import tenken.views.model.Preset;
import tenken.views.model.Screen;
import tenken.views.picture.GraphPager;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.PictureNode;
import tenken.views.picture.PictureStyle;
import tenken.views.picture.SupplyNetwork;
import tenken.views.scenario.ScenarioController;
import tenken.views.support.Workbench;

/**
 * Issue 13 item 2: "a projector graph shows fewer, larger things: collapse or page what does not fit at 24 px
 * rather than shrink it". At 1920×1080 in projector mode, in Japanese and English, every page of the chokepoint
 * graph (the whole catalogue) and of the scenario graph (before and after China's 2023 controls) opens with
 * labels of at least 24 px and needs no scrolling: no scroll bar shows and every node lies in the viewport.
 * Pages turn with Next and PageDown and say "i / n"; the collapsed suppliers' node names its countries with
 * shares and sources; the desk keeps the whole graph on one page.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorGraphPagesTest {

    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(stage, Screen.OVERVIEW, 1920, 1080);
    }

    @AfterEach
    void tearDown() {
        workbench.close();
    }

    private void projector(String language) {
        if (!"ja".equals(language)) {
            workbench.switchLanguage(language);
        }
        WaitForAsyncUtils.asyncFx(() -> workbench.window().controller().setPresentation(true));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows {@code screen} and waits until its graph is paged for the room its viewport has now, and drawn. */
    private GraphView open(Screen screen, Supplier<GraphModel> model, Supplier<GraphView> view) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> workbench.window().controller().show(screen));
        WaitForAsyncUtils.waitForFxEvents();
        settled(model, view);
        return view.get();
    }

    private static void settled(Supplier<GraphModel> model, Supplier<GraphView> view) throws Exception {
        try {
            waitSettled(model, view);
        } catch (java.util.concurrent.TimeoutException timeout) {
            GraphModel m = model.get();
            GraphView v = view.get();
            GraphPicture picture = m.pictureProperty().get();
            throw new AssertionError("not settled: picture " + (picture == null ? null : picture.style().name())
                    + ", running " + m.running() + ", room " + m.pageRoom() + ", view room "
                    + java.util.Arrays.toString(v.roomAtLegibleScale(PictureStyle.PROJECTOR)) + ", same picture "
                    + picture.equals(v.picture()), timeout);
        }
    }

    /**
     * Waits until the graph is paged for the room its viewport has, drawn, and stays so for half a second
     * (the viewport settles as the split pane and the page bar take their places). Read on the FX thread,
     * where the model changes.
     */
    private static void waitSettled(Supplier<GraphModel> model, Supplier<GraphView> view) throws Exception {
        int[] stable = {0};
        Workbench.waitUntil(() -> {
            boolean now;
            try {
                now = WaitForAsyncUtils.asyncFx(() -> isSettled(model.get(), view.get())).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            stable[0] = now ? stable[0] + 1 : 0;
            if (stable[0] < 3) {
                sleep(200);
                return false;
            }
            return true;
        });
    }

    private static boolean isSettled(GraphModel m, GraphView v) {
        GraphPicture picture = m.pictureProperty().get();
        if (picture == null || !picture.style().equals(PictureStyle.PROJECTOR) || m.running() != null
                || m.pageRoom() == null || !picture.equals(v.picture())) {
            return false;
        }
        double[] room = v.roomAtLegibleScale(PictureStyle.PROJECTOR);
        // Paged for this room: not larger than it, nor smaller by more than a pixel's rounding.
        return room[0] >= m.pageRoom().width() && room[0] <= m.pageRoom().width() + 2
                && room[1] >= m.pageRoom().height() && room[1] <= m.pageRoom().height() + 2;
    }

    private static boolean showing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void everyPageOfTheWholeCatalogueFitsAt24px(String language, FxRobot robot) throws Exception {
        projector(language);
        ChokepointController screen = workbench.controller(Screen.CHOKEPOINT, ChokepointController.class);
        GraphView view = open(Screen.CHOKEPOINT, screen::model, screen::graphView);
        GraphModel model = screen.model();

        int count = model.pageCountProperty().get();
        assertThat(count).as("the whole catalogue does not fit one screen at 24 px: pages").isGreaterThan(1);
        assertThat(view.pageLabel().isVisible()).isTrue();
        Set<String> items = new HashSet<>();
        boolean collapsedSeen = false;
        for (int page = 0; page < count; page++) {
            assertThat(view.pageLabel().getText()).isEqualTo((page + 1) + " / " + count);
            assertWholeAndLegible(view, "chokepoints page " + (page + 1));
            model.shown().nodes().stream().filter(n -> n.kind() == SupplyNetwork.Kind.ITEM).forEach(n -> items.add(n.id()));
            SupplyNetwork.Node others = model.shown().node(GraphPager.OTHERS_ID);
            if (others != null) {
                collapsedSeen = true;
                assertThat(others.detail()).as("the collapsed node lists what it stands for")
                        .contains("%", "ja".equals(language) ? "出典" : "source");
                assertThat(view.picture().node(GraphPager.OTHERS_ID).label()).containsPattern("\\d");
            }
            if (page < count - 1) {
                // The button and the key turn pages alike.
                if (page % 2 == 0) {
                    robot.clickOn(view.nextPageButton());
                } else {
                    // A presenter's clicker: PageDown turns the graph's page before it moves to the next screen.
                    robot.type(KeyCode.PAGE_DOWN);
                }
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(model.pageProperty().get()).isEqualTo(page + 1);
            }
        }
        assertThat(view.nextPageButton().isDisabled()).as("no page after the last").isTrue();
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.isVisible() && view.getScene() != null && showing(view)).as("after the last page, PageDown "
                + "moves on to the next screen").isFalse();
        assertThat(collapsedSeen).as("some page collapses small suppliers rather than shrink").isTrue();
        Set<String> all = new HashSet<>();
        model.visible().nodes().stream().filter(n -> n.kind() == SupplyNetwork.Kind.ITEM).forEach(n -> all.add(n.id()));
        assertThat(items).as("every item of the graph is on a page").isEqualTo(all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void theScenarioPagesShowWhatTheCutReachesAt24px(String language, FxRobot robot) throws Exception {
        projector(language);
        WaitForAsyncUtils.asyncFx(() -> workbench.window().controller().show(Screen.SCENARIO));
        ScenarioController screen = workbench.controller(Screen.SCENARIO, ScenarioController.class);
        Supplier<GraphView> view = () -> (GraphView) screen.view().lookup(".graph-view");
        GraphView graph = open(Screen.SCENARIO, screen::graph, view);
        assertWholeAndLegible(graph, "scenario before a run");

        Preset china = screen.presets().stream().filter(p -> p.country().equals("CHN") && p.year() == 2023)
                .findFirst().orElseThrow();
        robot.interact(() -> screen.apply(china));
        Workbench.waitUntil(() -> !screen.resultTable().getItems().isEmpty() && !screen.graph().emphasis().cut().isEmpty());
        settled(screen::graph, view);
        GraphModel model = screen.graph();
        Set<String> reached = new HashSet<>(model.emphasis().shown());
        int count = model.pageCountProperty().get();
        boolean cutShown = false;
        Set<SupplyNetwork.Edge> linksShown = new HashSet<>();
        Set<String> itemsShown = new HashSet<>();
        for (int page = 0; page < count; page++) {
            int at = page;
            robot.interact(() -> model.showPage(at));
            robot.interact(graph::fitToView);
            assertWholeAndLegible(graph, "scenario page " + (page + 1));
            model.shown().edges().stream().filter(e -> e.kind() == SupplyNetwork.EdgeKind.INPUT).forEach(linksShown::add);
            model.shown().nodes().stream().filter(n -> n.kind() == SupplyNetwork.Kind.ITEM).map(SupplyNetwork.Node::id)
                    .forEach(itemsShown::add);
            for (SupplyNetwork.Node node : model.shown().nodes()) {
                if (node.kind() == SupplyNetwork.Kind.ITEM) {
                    assertThat(reached).as("pages show only what the cut reaches").contains(node.id());
                }
            }
            cutShown |= model.shown().node("CHN") != null;
            SupplyNetwork.Node others = model.shown().node(GraphPager.OTHERS_ID);
            if (others != null) {
                assertThat(others.detail()).as("the cut country is never collapsed").doesNotContain(
                        "ja".equals(language) ? "中国" : "China");
            }
        }
        assertThat(cutShown).as("the cut country is shown").isTrue();
        // Issue 13 item 2: a page shows fewer things, but no part of a chain disappears from every page: each item
        // the cut reaches, and each link input → item between them (gallium → semiconductor materials as well as
        // germanium's, which in English did not fit on one page together), is on some page.
        List<SupplyNetwork.Edge> chains = model.visible().edges().stream().filter(e -> e.kind() == SupplyNetwork.EdgeKind.INPUT
                && reached.contains(e.from()) && reached.contains(e.to())).toList();
        assertThat(chains).as("the cut reaches items through their inputs").extracting(SupplyNetwork.Edge::from)
                .contains("gallium/refining", "germanium/refining");
        assertThat(linksShown).as("every link of a chain from the cut country, on some page").containsAll(chains);
        assertThat(itemsShown).as("every item the cut reaches, on some page").containsAll(
                model.visible().nodes().stream().filter(n -> n.kind() == SupplyNetwork.Kind.ITEM
                        && reached.contains(n.id())).map(SupplyNetwork.Node::id).toList());
    }

    /**
     * Issue 13 item 2: with China's 2023 controls, the semiconductor materials lose 87 % with no supply from China
     * of their own: through gallium and germanium, which China refines. Their page shows that chain — China → the
     * refined metal → the semiconductor materials — brought forward, still whole at 24 px.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void thePageOfAnItemHitThroughAnInputShowsTheChainFromTheCutCountry(String language, FxRobot robot)
            throws Exception {
        projector(language);
        WaitForAsyncUtils.asyncFx(() -> workbench.window().controller().show(Screen.SCENARIO));
        ScenarioController screen = workbench.controller(Screen.SCENARIO, ScenarioController.class);
        Supplier<GraphView> view = () -> (GraphView) screen.view().lookup(".graph-view");
        GraphView graph = open(Screen.SCENARIO, screen::graph, view);
        Preset china = screen.presets().stream().filter(p -> p.country().equals("CHN") && p.year() == 2023)
                .findFirst().orElseThrow();
        robot.interact(() -> screen.apply(china));
        Workbench.waitUntil(() -> !screen.resultTable().getItems().isEmpty() && !screen.graph().emphasis().cut().isEmpty());
        settled(screen::graph, view);
        GraphModel model = screen.graph();
        String semi = "semiconductor materials/components";

        int page = WaitForAsyncUtils.asyncFx(() -> model.pageOf(semi)).get();
        assertThat(page).as("the semiconductor materials have a page").isGreaterThanOrEqualTo(0);
        robot.interact(() -> model.showPage(page));
        robot.interact(graph::fitToView);
        SupplyNetwork shown = model.shown();
        assertThat(shown.edges()).as("China supplies the semiconductor materials nothing directly")
                .noneMatch(e -> e.from().equals("CHN") && e.to().equals(semi));
        List<String> inputs = shown.edges().stream().filter(e -> e.kind() == SupplyNetwork.EdgeKind.INPUT
                && e.to().equals(semi)).map(SupplyNetwork.Edge::from).toList();
        assertThat(inputs).as("the inputs carrying the loss are on the page").isNotEmpty()
                .isSubsetOf("gallium/refining", "germanium/refining");
        GraphPicture picture = graph.picture();
        assertThat(picture.node("CHN").marker()).as("the cut country, marked").isEqualTo(tenken.views.picture.Marker.CUT);
        for (String input : inputs) {
            assertThat(shown.edges()).as("China → %s", input).anyMatch(e -> e.kind() == SupplyNetwork.EdgeKind.SUPPLY
                    && e.from().equals("CHN") && e.to().equals(input));
            // Emphasised as the direct hits are: the chain at full strength.
            assertThat(picture.node(input).opacity()).as("%s emphasised", input).isEqualTo(1.0);
            assertThat(picture.edges()).as("China → %s → semiconductor materials, emphasised", input)
                    .anyMatch(e -> e.from().equals("CHN") && e.to().equals(input) && e.opacity() == 1.0)
                    .anyMatch(e -> e.from().equals(input) && e.to().equals(semi) && e.opacity() == 1.0);
        }
        assertThat(picture.node(semi).opacity()).isEqualTo(1.0);
        assertWholeAndLegible(graph, "the semiconductor materials' page");
        worldStandsInSaidInWords(graph, shown, language);
    }

    /**
     * Issue 13 item 13 on a projector page: each box world production stands in for carries the short mark, and
     * the subtitle, shown whole above the graph, says in words what the mark means.
     */
    private static void worldStandsInSaidInWords(GraphView graph, SupplyNetwork shown, String language)
            throws Exception {
        boolean ja = "ja".equals(language);
        String sign = ja ? "※" : " *";
        List<String> marked = shown.nodes().stream().filter(SupplyNetwork.Node::worldStandsIn)
                .map(SupplyNetwork.Node::id).toList();
        assertThat(marked).as("the page has items world production stands in for").isNotEmpty();
        GraphPicture picture = graph.picture();
        for (SupplyNetwork.Node node : shown.nodes()) {
            if (node.kind() == SupplyNetwork.Kind.ITEM) {
                assertThat(picture.node(node.id()).label().endsWith(sign)).as("%s marked", node.id())
                        .isEqualTo(node.worldStandsIn());
            }
        }
        String words = ja ? "※印の品目（" + shown.worldStandsIn() + " 品目）は日本の輸入のデータがなく、世界生産で代用しています"
                : "* marks the " + shown.worldStandsIn() + " items with no data for Japan's imports: world production "
                        + "stands in";
        List<javafx.scene.control.Labeled> saying = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> graph.lookup(".graph-header").lookupAll(".label").stream()
                .map(javafx.scene.control.Labeled.class::cast)
                .filter(l -> l.getText() != null && l.getText().contains(words)).forEach(saying::add)).get();
        assertThat(saying).as("the subtitle says what the mark means: %s", words).hasSize(1);
        javafx.scene.control.Labeled subtitle = saying.get(0);
        assertThat(showing(subtitle)).as("the subtitle shows").isTrue();
        double needed = WaitForAsyncUtils.asyncFx(() -> subtitle.prefHeight(subtitle.getWidth())).get();
        assertThat(subtitle.getHeight()).as("the subtitle shows whole").isGreaterThanOrEqualTo(needed - 0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja"})
    void theDeskKeepsTheWholeGraph(String language) throws Exception {
        ChokepointController screen = workbench.controller(Screen.CHOKEPOINT, ChokepointController.class);
        WaitForAsyncUtils.asyncFx(() -> workbench.window().controller().show(Screen.CHOKEPOINT));
        Workbench.waitUntil(() -> screen.model().pictureProperty().get() != null && screen.model().running() == null);

        assertThat(screen.model().pageRoom()).isNull();
        assertThat(screen.model().pageCountProperty().get()).isEqualTo(1);
        assertThat(screen.model().shown()).isSameAs(screen.model().visible());
        assertThat(screen.graphView().pageLabel().getParent().isVisible()).as("no page bar on the desk").isFalse();
    }

    /** Labels of at least 24 px, no scroll bar, and every node of the page inside the viewport. */
    private static void assertWholeAndLegible(GraphView view, String what) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        GraphPicture picture = view.picture();
        assertThat(view.scale() * picture.style().fontSize()).as("%s: labels, px", what).isGreaterThanOrEqualTo(24 - 1e-9);
        String state = String.format(java.util.Locale.ROOT, "scale %.3f, picture %.1f × %.1f, viewport %s, room %s",
                view.scale(), picture.maxX() - picture.minX(), picture.maxY() - picture.minY(),
                view.viewportLayoutBounds().get(), java.util.Arrays.toString(view.roomAtLegibleScale(picture.style())));
        assertThat(view.horizontalBar().isVisible()).as("%s: horizontal scroll bar (%s)", what, state).isFalse();
        assertThat(view.verticalBar().isVisible()).as("%s: vertical scroll bar", what).isFalse();
        Node viewport = view.lookup(".graph-viewport");
        Bounds inScene = viewport.localToScene(viewport.getBoundsInLocal());
        List<String> outside = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            for (PictureNode node : picture.nodes()) {
                Point2D a = view.localToScene(view.toView(node.x() - node.width() / 2, node.y() - node.height() / 2));
                Point2D b = view.localToScene(view.toView(node.x() + node.width() / 2, node.y() + node.height() / 2));
                Point2D left = view.localToScene(view.toView(picture.minX(), picture.minY()));
                Point2D right = view.localToScene(view.toView(picture.maxX(), picture.maxY()));
                if (a.getX() < inScene.getMinX() || a.getY() < inScene.getMinY() || b.getX() > inScene.getMaxX()
                        || b.getY() > inScene.getMaxY() || left.getX() < inScene.getMinX() - 0.5
                        || right.getX() > inScene.getMaxX() + 0.5) {
                    outside.add(node.label());
                }
            }
        }).get();
        assertThat(outside).as("%s: nodes or labels outside the viewport", what).isEmpty();
    }
}
