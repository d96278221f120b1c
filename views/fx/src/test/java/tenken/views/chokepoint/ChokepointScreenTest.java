package tenken.views.chokepoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tenken.graph.concentration.Level;
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

    @Test
    void laysTheGraphOutWithCountriesLeftOfTheirItems(FxRobot robot) throws Exception {
        GraphPicture picture = laidOut();

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
