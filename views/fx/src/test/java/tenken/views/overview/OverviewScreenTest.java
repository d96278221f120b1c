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

    /** The twelve designated materials and every top-level candidate (the shipped ones: silicon, helium…). */
    private long topLevelMaterials() {
        return workbench.context().catalogue().materials().stream().filter(m -> m.parentKey() == null).count();
    }

    private void waitForRows(FxRobot robot) throws Exception {
        Workbench.waitUntil(() -> workbench.context().catalogue() != null
                && table(robot).getItems().size() == topLevelMaterials());
    }

    @Test
    void showsTheTwelveDesignatedMaterialsWorstLevelFirstThenTheCandidatesMarked(FxRobot robot) throws Exception {
        waitForRows(robot);
        List<OverviewRow> all = List.copyOf(table(robot).getItems());
        List<OverviewRow> rows = all.subList(0, 12);

        assertThat(topLevelMaterials()).isGreaterThan(12);
        assertThat(rows).allSatisfy(row -> assertThat(row.designated()).isTrue());
        assertThat(all.subList(12, all.size())).allSatisfy(row -> {
            assertThat(row.designated()).isFalse();
            assertThat(row.name()).endsWith("（指定外）");
        });
        assertThat(all).filteredOn(row -> row.key().equals("helium")).singleElement()
                .satisfies(row -> assertThat(row.name()).isEqualTo("ヘリウム（指定外）"));
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
        waitForRows(robot);

        robot.interact(() -> robot.lookup("#overviewFilter").queryTextInputControl().setText("クラウド"));
        assertThat(table(robot).getItems()).extracting(OverviewRow::key).containsExactly("cloud programs");

        robot.interact(() -> robot.lookup("#overviewFilter").queryTextInputControl().clear());
        ComboBox<Level> level = robot.lookup("#overviewLevel").queryComboBox();
        robot.interact(() -> level.setValue(Level.CRITICAL));
        assertThat(table(robot).getItems()).isNotEmpty().allSatisfy(row -> assertThat(row.level()).isEqualTo(Level.CRITICAL));
    }

    @Test
    void doubleClickOpensTheDependencyScreenOfThatMaterial(FxRobot robot) throws Exception {
        waitForRows(robot);
        robot.interact(() -> table(robot).scrollTo(table(robot).getItems().stream()
                .filter(r -> r.key().equals("critical minerals")).findFirst().orElseThrow()));
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
