package tenken.views.chokepoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tenken.graph.concentration.Level;
import tenken.store.model.Country;
import tenken.views.model.Screen;
import tenken.views.picture.GraphFilter;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.Marker;
import tenken.views.picture.PictureEdge;
import tenken.views.picture.PictureNode;
import tenken.views.support.Workbench;

@ExtendWith(ApplicationExtension.class)
class ChokepointScreenTest {

    private Workbench workbench;
    private ChokepointController screen;

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(stage, Screen.CHOKEPOINT);
        screen = workbench.controller(Screen.CHOKEPOINT, ChokepointController.class);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void aLayoutThatFailsIsToldToTheUserAndTheLastLayoutStays(FxRobot robot) throws Exception {
        GraphPicture before = laidOut();

        robot.interact(() -> screen.model().load(() -> {
            throw new IllegalStateException("network could not be built");
        }));
        Workbench.waitUntil(() -> !screen.model().failureProperty().get().isEmpty());

        assertThat(screen.model().failureProperty().get()).contains("network could not be built");
        javafx.scene.control.Label shown = robot.lookup(".failure").queryAs(javafx.scene.control.Label.class);
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getText()).contains("network could not be built");
        assertThat(screen.model().pictureProperty().get()).isSameAs(before);
        assertThat(screen.model().busyProperty().get()).isFalse();
    }

    private GraphPicture laidOut() throws Exception {
        Workbench.waitUntil(() -> screen.model().pictureProperty().get() != null && screen.model().running() == null);
        return screen.model().pictureProperty().get();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> consumerChoice() {
        return (ComboBox<String>) screen.view().lookup("#consumerChoice");
    }

    /** Chooses world production as the user does, and waits for its graph. */
    private GraphPicture world(FxRobot robot) throws Exception {
        laidOut();
        robot.interact(() -> consumerChoice().setValue(Country.WORLD));
        Workbench.waitUntil(() -> screen.model().running() == null && screen.model().visible() != null
                && screen.model().visible().consumer().equals("世界生産"));
        return laidOut();
    }

    /** The label of the screen showing {@code text}, whole: shown, and its displayed text not cut short. */
    private static Label shownWhole(FxRobot robot, Node within, String text) {
        Label label = robot.from(within).lookup((Node node) -> node instanceof Label l && l.getText() != null
                && l.getText().contains(text)).queryAs(Label.class);
        for (Node at = label; at != null; at = at.getParent()) {
            assertThat(at.isVisible()).as("%s shown", text).isTrue();
        }
        Text displayed = (Text) label.lookup(".text");
        assertThat(displayed.getText()).as("displayed in full").isEqualTo(label.getText());
        Bounds bounds = label.localToScene(label.getBoundsInLocal());
        assertThat(bounds.getHeight()).isGreaterThan(0);
        assertThat(bounds.getMaxY()).isLessThanOrEqualTo(label.getScene().getHeight());
        return label;
    }

    @Test
    void opensOnJapansImportsWithJapanFirstInTheChoice(FxRobot robot) throws Exception {
        GraphPicture picture = laidOut();

        assertThat(screen.consumer()).isEqualTo(Country.JAPAN);
        assertThat(consumerChoice().getItems()).first().isEqualTo(Country.JAPAN);
        assertThat(consumerChoice().getConverter().toString(consumerChoice().getValue())).isEqualTo("日本の輸入");
        assertThat(screen.model().visible().consumer()).isEqualTo("日本の輸入");
        assertThat(picture.subtitle()).contains("日本の輸入");
        assertThat(picture.footnote()).endsWith("日本の輸入");
        // Gallium: Japan's own imports (2021, China 56.7 %), not world production (China 98.4 %).
        PictureEdge edge = picture.edges().stream()
                .filter(e -> e.from().equals("CHN") && e.to().equals("gallium/refining")).findFirst().orElseThrow();
        assertThat(edge.tooltip()).contains("56.7", "2021").doesNotContain("98.4");
    }

    @Test
    void anItemWithoutJapaneseDataSaysInWordsThatWorldProductionStandsIn(FxRobot robot) throws Exception {
        GraphPicture picture = laidOut();

        assertThat(picture.node("tungsten/mining").label()).isEqualTo("タングステン（採掘）\n（世界生産で代用）");
        assertThat(picture.node("gallium/refining").label()).as("Japan's own data").isEqualTo("ガリウム（製錬・精製）");
        long marked = picture.nodes().stream().filter(n -> n.label().endsWith("\n（世界生産で代用）")).count();
        assertThat(marked).isGreaterThan(10).isEqualTo(screen.model().visible().worldStandsIn());
        // Over the graph, in words and with the count, visibly and whole.
        String note = "日本の輸入のデータがない " + marked + " 品目は、世界生産で代用しています";
        assertThat(picture.subtitle()).contains(note);
        shownWhole(robot, screen.graphView(), note);

        // The side panel of the item says it first.
        robot.interact(() -> screen.focus("tungsten/mining"));
        Label detail = (Label) screen.view().lookup("#detail");
        assertThat(detail.getText()).startsWith("タングステン（採掘） — 日本の輸入のデータがないため、世界生産で代用");
        shownWhole(robot, screen.view(), "日本の輸入のデータがないため、世界生産で代用");

        // Exported, the note is there once: the export adds its own to the screen's subtitle.
        tenken.views.export.ScreenExport.Graph export = (tenken.views.export.ScreenExport.Graph) screen.exports(null)
                .get(0);
        String exported = tenken.views.export.ExportPictures.graph(export.visible(), export.emphasis(),
                tenken.views.picture.PictureStyle.PRINT, export.title(), export.subtitle(),
                tenken.store.progress.ProgressMonitor.NONE).subtitle();
        assertThat(exported.split(note, -1)).as("the note in the exported subtitle, once: %s", exported).hasSize(2);

        // World production itself stands in for nothing.
        GraphPicture world = world(robot);
        assertThat(world.subtitle()).doesNotContain("代用");
        assertThat(world.nodes()).noneSatisfy(n -> assertThat(n.label()).contains("代用"));
    }

    @Test
    void laysTheGraphOutWithCountriesLeftOfTheirItems(FxRobot robot) throws Exception {
        GraphPicture picture = world(robot);

        PictureNode china = picture.node("CHN");
        PictureNode gallium = picture.node("gallium/refining");
        assertThat(china).isNotNull();
        assertThat(gallium).isNotNull();
        assertThat(china.x()).isLessThan(gallium.x());
        PictureEdge edge = picture.edges().stream()
                .filter(e -> e.from().equals("CHN") && e.to().equals("gallium/refining")).findFirst().orElseThrow();
        assertThat(edge.level()).isEqualTo(Level.CRITICAL);
        assertThat(edge.tooltip()).contains("98.4").contains("2024").contains("USGS");
        assertThat(picture.nodes()).anySatisfy(node -> assertThat(node.marker()).isEqualTo(Marker.CHOKEPOINT));
        assertThat(picture.legend()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(picture.footnote()).contains("出典").contains("2024");
    }

    @Test
    void clickingANodeFocusesItsNeighbourhood(FxRobot robot) throws Exception {
        GraphPicture picture = laidOut();
        PictureNode gallium = picture.node("gallium/refining");
        Point2D onScreen = screen.graphView().localToScreen(screen.graphView().toView(gallium.x(), gallium.y()));

        robot.clickOn(onScreen);

        assertThat(screen.focused()).isEqualTo("gallium/refining");
        GraphPicture focused = screen.model().pictureProperty().get();
        Set<String> neighbourhood = screen.model().visible().neighbourhood("gallium/refining");
        assertThat(neighbourhood).contains("CHN");
        assertThat(focused.node("CHN").opacity()).isEqualTo(1.0);
        assertThat(focused.nodes()).filteredOn(node -> !neighbourhood.contains(node.id()))
                .isNotEmpty().allSatisfy(node -> assertThat(node.opacity()).isLessThan(1.0));
        // The view zoomed in on the neighbourhood: gallium is on screen and larger than at fit.
        assertThat(screen.graphView().tooltipAt(screen.graphView().toView(gallium.x(), gallium.y()).getX(),
                screen.graphView().toView(gallium.x(), gallium.y()).getY())).contains("ガリウム");
    }

    @Test
    void theLevelAndShareFiltersLeaveOnlyStrongSupply(FxRobot robot) throws Exception {
        int before = laidOut().nodes().size();

        robot.interact(() -> screen.model().setFilter(new GraphFilter(Set.of(), Level.CRITICAL, 0.9)));
        Workbench.waitFor(() -> screen.model().running());
        GraphPicture filtered = screen.model().pictureProperty().get();

        assertThat(filtered.nodes().size()).isLessThan(before);
        assertThat(filtered.edges()).filteredOn(e -> !e.color().equals(filtered.style().inputEdge()))
                .isNotEmpty().allSatisfy(e -> assertThat(e.level()).isEqualTo(Level.CRITICAL));
    }
}
