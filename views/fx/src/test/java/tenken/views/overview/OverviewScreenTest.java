package tenken.views.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tenken.graph.concentration.Level;
import tenken.views.common.Levels;
import tenken.views.dependency.DependencyController;
import tenken.views.model.OverviewRow;
import tenken.views.model.Screen;
import tenken.views.support.Workbench;

@ExtendWith(ApplicationExtension.class)
class OverviewScreenTest {

    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(stage, Screen.OVERVIEW);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private TableView<OverviewRow> table(FxRobot robot) {
        return robot.lookup("#overviewTable").queryAs(TableView.class);
    }

    @Test
    void showsTheTwelveDesignatedMaterialsWorstLevelFirst(FxRobot robot) throws Exception {
        Workbench.waitUntil(() -> table(robot).getItems().size() == 12);
        List<OverviewRow> rows = List.copyOf(table(robot).getItems());

        assertThat(rows).extracting(row -> Levels.rank(row.level())).isSorted();
        assertThat(rows.get(0).level()).isEqualTo(Level.CRITICAL);
        OverviewRow minerals = rows.stream().filter(r -> r.key().equals("critical minerals")).findFirst().orElseThrow();
        assertThat(minerals.level()).isEqualTo(Level.CRITICAL);
        assertThat(minerals.topSupplier()).startsWith("中国");
        assertThat(minerals.source()).isNotBlank();
        assertThat(minerals.year()).isGreaterThan(2000);
        // Magnets have no shares of their own: their level comes from their inputs (neodymium, dysprosium).
        OverviewRow magnets = rows.stream().filter(r -> r.key().equals("permanent magnets")).findFirst().orElseThrow();
        assertThat(magnets.level()).isEqualTo(Level.CRITICAL);
        // The hint states the thresholds stored in the database, not the settings' names alone.
        assertThat(robot.lookup("#hint").queryAs(javafx.scene.control.Label.class).getText()).contains("80%", "50%");
    }

    @Test
    void theFiltersNarrowByTextAndByLevel(FxRobot robot) throws Exception {
        Workbench.waitUntil(() -> table(robot).getItems().size() == 12);

        robot.interact(() -> robot.lookup("#overviewFilter").queryTextInputControl().setText("クラウド"));
        assertThat(table(robot).getItems()).extracting(OverviewRow::key).containsExactly("cloud programs");

        robot.interact(() -> robot.lookup("#overviewFilter").queryTextInputControl().clear());
        ComboBox<Level> level = robot.lookup("#overviewLevel").queryComboBox();
        robot.interact(() -> level.setValue(Level.CRITICAL));
        assertThat(table(robot).getItems()).isNotEmpty().allSatisfy(row -> assertThat(row.level()).isEqualTo(Level.CRITICAL));
    }

    @Test
    void doubleClickOpensTheDependencyScreenOfThatMaterial(FxRobot robot) throws Exception {
        Workbench.waitUntil(() -> table(robot).getItems().size() == 12);
        TableRow<?> row = robot.lookup("#overviewTable .table-row-cell").match((TableRow<?> r) -> r.getItem() != null
                && ((OverviewRow) r.getItem()).key().equals("critical minerals")).query();

        robot.doubleClickOn(row, MouseButton.PRIMARY);

        assertThat(workbench.window().controller().shownScreen()).isEqualTo(Screen.DEPENDENCY);
        assertThat(workbench.context().materialProperty().get()).isEqualTo("critical minerals");
        DependencyController dependency = workbench.controller(Screen.DEPENDENCY, DependencyController.class);
        Workbench.waitUntil(() -> dependency.chartView().picture() != null
                && dependency.chartView().picture().title().startsWith("重要鉱物"));
    }
}
