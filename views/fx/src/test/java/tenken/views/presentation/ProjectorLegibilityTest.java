package tenken.views.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.geometry.Orientation;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tenken.views.canvas.ChartView;
import tenken.views.model.Preset;
import tenken.views.picture.ChartPicture;
import tenken.views.model.Screen;
import tenken.views.scenario.ScenarioController;
import tenken.views.support.Workbench;

/**
 * Issue 13 item 2 / "done means": every screen at 1920×1080 in projector mode, in both languages, shows
 * no label or table cell cut short (its displayed text differs from its text, e.g. ends in "…"), and no text
 * under 24 px: no Text node (a label's, a wrapped cell's) and no text a chart draws on its canvas.
 *
 * No table there runs its columns out of sight (a horizontal scroll bar), and every screen's tab shows its
 * title within the tab bar, none pushed into the overflow menu.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorLegibilityTest {

    private Workbench workbench;

    /** How many texts drawn on charts were looked at: the dependency screen's chart has some. */
    private static final java.util.concurrent.atomic.AtomicInteger CHART_TEXTS = new java.util.concurrent.atomic.AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(stage, Screen.OVERVIEW, 1920, 1080);
    }

    @AfterEach
    void tearDown() {
        workbench.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void noScreenCutsItsTextShortOnTheProjector(String language) throws Exception {
        if (!"ja".equals(language)) {
            workbench.switchLanguage(language);
        }
        WaitForAsyncUtils.asyncFx(() -> workbench.window().controller().setPresentation(true));
        WaitForAsyncUtils.waitForFxEvents();
        CHART_TEXTS.set(0);
        List<String> cut = new ArrayList<>();
        List<String> small = new ArrayList<>();
        List<String> sideways = new ArrayList<>();
        // The dependency screen on the material with the most sources, as the tour shows it: the side panel's
        // list of sources then leaves its hint the least room.
        WaitForAsyncUtils.asyncFx(() -> workbench.context().materialProperty().set("storage batteries"));
        for (Screen screen : Screen.values()) {
            workbench.showAndSettle(screen);
            WaitForAsyncUtils.asyncFx(() -> collectCut(screen, workbench.scene().getRoot(), cut, small));
            WaitForAsyncUtils.asyncFx(() -> collectSideways(screen, workbench.scene().getRoot(), sideways));
            WaitForAsyncUtils.waitForFxEvents();
        }
        // The scenario's table with a result in it: China's 2023 controls, as the tour shows it.
        WaitForAsyncUtils.asyncFx(() -> workbench.window().controller().show(Screen.SCENARIO));
        ScenarioController scenario = workbench.controller(Screen.SCENARIO, ScenarioController.class);
        Preset china = scenario.presets().stream().filter(p -> p.country().equals("CHN") && p.year() == 2023)
                .findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> scenario.apply(china));
        Workbench.waitUntil(() -> !scenario.resultTable().getItems().isEmpty());
        workbench.settle();
        WaitForAsyncUtils.asyncFx(() -> collectCut(Screen.SCENARIO, workbench.scene().getRoot(), cut, small));
        WaitForAsyncUtils.asyncFx(() -> collectSideways(Screen.SCENARIO, workbench.scene().getRoot(), sideways));
        WaitForAsyncUtils.waitForFxEvents();
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(CHART_TEXTS.get()).as("chart texts looked at").isGreaterThan(10);
            softly.assertThat(cut).as("texts cut short on the projector (%s)", language).isEmpty();
            softly.assertThat(small).as("texts under 24 px on the projector (%s)", language).isEmpty();
            softly.assertThat(sideways).as("tables whose columns run out of sight on the projector (%s)", language)
                    .isEmpty();
        });
        List<String> hidden = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> collectHiddenTabs(workbench.scene().getRoot(), hidden));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hidden).as("screen tabs pushed out of the tab bar on the projector (%s)", language).isEmpty();
    }

    /**
     * Every table on screen that must be scrolled sideways to see all its columns: it shows a horizontal
     * scroll bar, or (an empty table shows none) its columns are wider together than the table.
     */
    private static void collectSideways(Screen screen, Parent root, List<String> sideways) {
        for (Node node : root.lookupAll(".table-view")) {
            if (node instanceof TableView<?> table && table.getScene() != null && table.isVisible() && showing(table)) {
                String columns = table.getVisibleLeafColumns().stream()
                        .map(column -> column.getText() + " " + Math.round(column.getWidth())).toList().toString();
                for (Node bar : table.lookupAll(".scroll-bar")) {
                    if (bar instanceof ScrollBar scrollBar && scrollBar.getOrientation() == Orientation.HORIZONTAL
                            && scrollBar.isVisible() && scrollBar.getParent() instanceof VirtualFlow<?>) {
                        sideways.add(screen + ": " + table.getId() + " scrolls sideways " + columns);
                    }
                }
                double total = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
                double inner = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
                if (total > inner + 0.5) {
                    sideways.add(screen + ": " + table.getId() + " columns " + Math.round(total) + " px in "
                            + Math.round(inner) + " px " + columns);
                }
            }
        }
    }

    /** Whether {@code node} and all its ancestors are visible (a hidden tab's content is not). */
    private static boolean showing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Every screen tab whose title does not show in full within the tab bar (overflowing into its menu). */
    private static void collectHiddenTabs(Parent root, List<String> hidden) {
        Node area = root.lookup(".tab-header-area");
        Node buttons = root.lookup(".control-buttons-tab");
        double limit = area.localToScene(area.getLayoutBounds()).getMaxX()
                - (buttons != null && buttons.isVisible() ? buttons.getLayoutBounds().getWidth() : 0);
        for (Node tab : area.lookupAll(".tab")) {
            Labeled title = (Labeled) tab.lookup(".tab-label");
            if (!tab.isVisible() || tab.localToScene(tab.getLayoutBounds()).getMaxX() > limit + 1) {
                hidden.add(title.getText());
            }
        }
        assertThat(area.lookupAll(".tab")).as("tabs found").hasSize(Screen.values().length);
    }

    /** Every visible Labeled whose displayed text is not its text. */
    private static void collectCut(Screen screen, Node node, List<String> cut, List<String> small) {
        if (!node.isVisible() || node.getScene() == null) {
            return;
        }
        // Every text drawn, a label's or a wrapped cell's: projector type is at least 24 px.
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()
                && text.getFont().getSize() < 24 - 0.01) {
            small.add(screen + ": " + Math.round(text.getFont().getSize()) + " px \"" + text.getText().lines()
                    .findFirst().orElse("") + "\"");
        }
        // And every text a chart draws on its canvas, which holds no Text nodes: a chart is drawn 1:1.
        if (node instanceof ChartView chart && chart.picture() != null) {
            for (ChartPicture.Text drawn : chart.picture().texts()) {
                CHART_TEXTS.incrementAndGet();
                if (!drawn.text().isBlank() && drawn.size() < 24 - 0.01) {
                    small.add(screen + ": chart " + Math.round(drawn.size()) + " px \"" + drawn.text() + "\"");
                }
            }
            if (!chart.picture().legend().isEmpty() && chart.picture().style().smallFontSize() < 24 - 0.01) {
                small.add(screen + ": chart legend " + Math.round(chart.picture().style().smallFontSize()) + " px");
            }
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            Text text = labeled.getChildrenUnmodifiable().stream().filter(child -> child instanceof Text && child.getStyleClass().contains("text")
                    && child.getClass().getSimpleName().equals("LabeledText")).map(Text.class::cast)
                    .findFirst().orElse(null);
            if (text != null && !text.getText().equals(labeled.getText())) {
                cut.add(screen + ": " + labeled.getClass().getSimpleName() + " \"" + text.getText() + "\" for \""
                        + labeled.getText() + "\"");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCut(screen, child, cut, small);
            }
        }
    }
}
