package tenken.views.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tenken.assets.Messages;
import tenken.views.model.Preset;
import tenken.views.model.ScenarioRow;
import tenken.views.model.Screen;
import tenken.views.presentation.PresentationMode;
import tenken.views.support.Workbench;

/**
 * Issue 13 items 2 and 4 on the scenario screen at 1920×1080: on the projector every designated material's
 * row of a result is shown, none behind a scroll bar of the table's own (a table in a split showed five of
 * twelve rows in Japanese, four in English), on a page that scrolls to each of them; and "thin data" is
 * explained on screen, in words, whenever a row says it, at the desk and on the projector.
 */
@ExtendWith(ApplicationExtension.class)
class ScenarioResultsOnTheProjectorTest {

    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(stage, Screen.SCENARIO, 1920, 1080);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @ParameterizedTest(name = "{0}, projector {1}")
    @CsvSource({"ja, true", "en, true", "ja, false", "en, false"})
    void everyRowShowsAndThinDataIsExplainedInWords(String language, boolean projector, FxRobot robot)
            throws Exception {
        if (!"ja".equals(language)) {
            workbench.switchLanguage(language);
        }
        if (projector) {
            WaitForAsyncUtils.asyncFx(() -> workbench.window().controller().setPresentation(true)).get();
        }
        workbench.showAndSettle(Screen.SCENARIO);
        ScenarioController screen = workbench.controller(Screen.SCENARIO, ScenarioController.class);
        Label note = (Label) screen.view().lookup(".scenario-thin-note");
        assertThat(note.isVisible()).as("no result yet, no note about thin data").isFalse();

        Preset china = screen.presets().stream().filter(p -> p.country().equals("CHN") && p.year() == 2023)
                .findFirst().orElseThrow();
        robot.interact(() -> screen.apply(china));
        Workbench.waitUntil(() -> !screen.resultTable().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        List<ScenarioRow> rows = List.copyOf(screen.resultTable().getItems());
        assertThat(rows).hasSize(12).anySatisfy(row -> assertThat(row.insufficientData()).isTrue());

        // The explanation, whole, in the chosen language, wherever a row says "thin data".
        String explanation = Messages.get("scenarioView.thinExplain");
        assertThat(explanation).contains("ja".equals(language) ? "データが薄い" : "Thin data");
        assertThat(note.isVisible()).as("thin data explained on screen").isTrue();
        assertThat(note.getText()).isEqualTo(explanation);
        Text shown = (Text) note.lookup(".text");
        assertThat(shown.getText()).as("the explanation is not cut short").isEqualTo(explanation);
        if (projector) {
            assertThat(note.getFont().getSize()).as("projector type, px").isGreaterThanOrEqualTo(24);
        }

        if (projector) {
            everyRowOnThePage(screen, robot, language);
        }
    }

    /** No scroll bar inside the table; every row a whole cell within it; the page scrolls each into view. */
    private static void everyRowOnThePage(ScenarioController screen, FxRobot robot, String language)
            throws Exception {
        var table = screen.resultTable();
        List<String> problems = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            for (Node node : table.lookupAll(".scroll-bar")) {
                if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()) {
                    problems.add("the table scrolls inside itself");
                }
            }
            Bounds inTable = table.getLayoutBounds();
            Set<Integer> whole = new HashSet<>();
            for (Node node : table.lookupAll(".table-row-cell")) {
                if (node instanceof TableRow<?> row && !row.isEmpty() && row.isVisible()) {
                    Bounds bounds = table.sceneToLocal(row.localToScene(row.getLayoutBounds()));
                    if (bounds.getMinY() >= inTable.getMinY() - 0.5 && bounds.getMaxY() <= inTable.getMaxY() + 0.5) {
                        whole.add(row.getIndex());
                    }
                }
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (!whole.contains(i)) {
                    problems.add("row " + (i + 1) + " not shown whole: " + table.getItems().get(i).name());
                }
            }
        }).get();
        assertThat(problems).as("%s projector", language).isEmpty();

        // The results page scrolls as a whole. The presenter's clicker (PageDown) first scrolls it until the graph
        // is in view, turning no graph page nobody sees, and then turns the graph's pages.
        ScrollPane page = (ScrollPane) screen.view().lookup("." + PresentationMode.PAGE);
        assertThat(page).as("the projector's results page").isNotNull();
        Node graph = screen.view().lookup(".graph-view");
        Workbench.waitUntil(() -> screen.graph().pageCountProperty().get() > 1 && screen.graph().running() == null);
        robot.clickOn(table);
        assertThat(inView(graph, page)).as("the graph starts below the table").isFalse();
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.graph().pageProperty().get()).as("no page turned out of sight").isZero();
        assertThat(inView(graph, page)).as("one PageDown brings the whole graph into view, as the next slide").isTrue();
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.graph().pageProperty().get()).as("then PageDown turns the graph's page").isEqualTo(1);
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.graph().pageProperty().get()).isZero();
        assertThat(inView(graph, page)).isTrue();
    }

    private static boolean inView(Node node, ScrollPane page) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Bounds view = page.localToScene(page.getLayoutBounds());
            Bounds shown = node.localToScene(node.getLayoutBounds());
            return shown.getMinY() >= view.getMinY() - 1 && shown.getMaxY() <= view.getMaxY() + 1;
        }).get();
    }
}
