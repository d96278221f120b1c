package tenken.views.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
 * twelve rows in Japanese, four in English), on a page that scrolls to each of them, and the presenter's
 * PageDown shows each row and the note on thin data whole on its way to the graph (it once jumped from the
 * first view, which cuts the note, straight to the graph); and "thin data" is explained on screen, in words,
 * exactly when a row says it, at the desk and on the projector.
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

    /**
     * The note on thin data is there exactly when a row says "thin data": every preset at the desk, which between
     * them have results with and without such rows (the Netherlands' control reaches no recorded supply).
     */
    @Test
    void theNoteOnThinDataShowsExactlyWhenARowIsThin(FxRobot robot) throws Exception {
        workbench.showAndSettle(Screen.SCENARIO);
        ScenarioController screen = workbench.controller(Screen.SCENARIO, ScenarioController.class);
        Label note = (Label) screen.view().lookup(".scenario-thin-note");
        Set<Boolean> cases = new HashSet<>();
        for (Preset preset : screen.presets()) {
            robot.interact(() -> screen.resultTable().getItems().clear());
            robot.interact(() -> screen.apply(preset));
            Workbench.waitUntil(() -> !screen.resultTable().getItems().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            boolean thin = screen.resultTable().getItems().stream().anyMatch(ScenarioRow::insufficientData);
            cases.add(thin);
            assertThat(note.isVisible()).as("%s: thin rows %s, note shown", preset.label(), thin).isEqualTo(thin);
            if (thin) {
                Bounds window = new BoundingBox(0, 0, workbench.scene().getWidth(),
                        workbench.scene().getHeight());
                assertThat(window.contains(note.localToScene(note.getLayoutBounds())))
                        .as("%s: the note lies in the window", preset.label()).isTrue();
                assertThat(((Text) note.lookup(".text")).getText()).isEqualTo(Messages.get("scenarioView.thinExplain"));
            }
        }
        assertThat(cases).as("presets with and without thin rows").containsExactlyInAnyOrder(true, false);
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
        // is in view, turning no graph page nobody sees and skipping nothing above the graph: every row and the
        // note on thin data show whole in one of its views. Then it turns the graph's pages.
        ScrollPane page = (ScrollPane) screen.view().lookup("." + PresentationMode.PAGE);
        assertThat(page).as("the projector's results page").isNotNull();
        Node graph = screen.view().lookup(".graph-view");
        Label note = (Label) screen.view().lookup(".scenario-thin-note");
        Workbench.waitUntil(() -> screen.graph().pageCountProperty().get() > 1 && screen.graph().running() == null);
        robot.clickOn(table);
        assertThat(inView(graph, page)).as("the graph starts below the table").isFalse();
        Set<Integer> rowsSeen = new HashSet<>();
        boolean noteSeen = false;
        int clicks = 0;
        while (true) {
            rowsSeen.addAll(rowsInView(table, page));
            noteSeen |= inView(note, page);
            if (inView(graph, page) || clicks == 4) {
                break;
            }
            robot.type(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            clicks++;
            assertThat(screen.graph().pageProperty().get()).as("no page turned out of sight").isZero();
        }
        assertThat(inView(graph, page)).as("PageDown brings the whole graph into view, as a slide").isTrue();
        assertThat(clicks).as("%s: clicks to the graph", language).isBetween(1, 2);
        List<Integer> all = IntStream.range(0, table.getItems().size()).boxed().toList();
        assertThat(rowsSeen).as("%s: every row seen whole on the way to the graph", language).containsAll(all);
        assertThat(noteSeen).as("%s: the note on thin data seen whole on the way to the graph", language).isTrue();
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.graph().pageProperty().get()).as("then PageDown turns the graph's page").isEqualTo(1);
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.graph().pageProperty().get()).isZero();
        assertThat(inView(graph, page)).isTrue();
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.graph().pageProperty().get()).as("back from the graph, no page turned").isZero();
        assertThat(inView(graph, page)).as("PageUp leaves the graph for what lies above it").isFalse();
        if (clicks == 2) {
            assertThat(inView(note, page)).as("PageUp from the graph shows the note above it whole").isTrue();
        }
    }

    /** The indices of the table's rows that lie whole in the page's view. */
    private static Set<Integer> rowsInView(TableView<?> table, ScrollPane page)
            throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Set<Integer> seen = new HashSet<>();
            for (Node node : table.lookupAll(".table-row-cell")) {
                if (node instanceof TableRow<?> row && !row.isEmpty() && row.isVisible() && inViewNow(row, page)) {
                    seen.add(row.getIndex());
                }
            }
            return seen;
        }).get();
    }

    private static boolean inView(Node node, ScrollPane page) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> inViewNow(node, page)).get();
    }

    /** Whole within the page's view and within the window (to a pixel). */
    private static boolean inViewNow(Node node, ScrollPane page) {
        Bounds view = page.localToScene(page.getLayoutBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        double windowHeight = page.getScene().getHeight();
        return shown.getMinY() >= Math.max(0, view.getMinY()) - 1
                && shown.getMaxY() <= Math.min(windowHeight, view.getMaxY()) + 1;
    }
}
