package tenken.views.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tenken.views.model.Preset;
import tenken.views.model.ScenarioRow;
import tenken.views.model.Screen;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.Marker;
import tenken.views.support.Workbench;

@ExtendWith(ApplicationExtension.class)
class ScenarioScreenTest {

    private Workbench workbench;
    private ScenarioController screen;

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(stage, Screen.SCENARIO);
        screen = workbench.controller(Screen.SCENARIO, ScenarioController.class);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void chinas2023ExportControlsAreOneClickAwayAndRankTheLosses(FxRobot robot) throws Exception {
        Preset china = screen.presets().stream().filter(p -> p.country().equals("CHN") && p.year() == 2023)
                .findFirst().orElseThrow();
        assertThat(china.materials()).contains("gallium", "germanium", "natural graphite");
        assertThat(china.sources()).isNotEmpty();

        robot.clickOn(robot.lookup(".preset-button").match((javafx.scene.control.Button b) ->
                b.getText().equals(china.label())).queryButton());
        Workbench.waitUntil(() -> !screen.resultTable().getItems().isEmpty());

        List<ScenarioRow> rows = List.copyOf(screen.resultTable().getItems());
        assertThat(rows).hasSize(12);
        assertThat(rows.stream().filter(r -> r.loss() != null).toList()).extracting(ScenarioRow::loss)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        // No data is a state of its own: no loss, no face value, after every material with data.
        List<ScenarioRow> withoutData = rows.stream().filter(r -> r.loss() == null).toList();
        assertThat(withoutData).allSatisfy(r -> assertThat(r.faceValue()).isNull());
        assertThat(rows.subList(rows.size() - withoutData.size(), rows.size())).isEqualTo(withoutData);
        // Japan is the default consumer: natural graphite, 90% of Japan's imports from China, stops.
        ScenarioRow minerals = rows.stream().filter(r -> r.key().equals("critical minerals")).findFirst().orElseThrow();
        assertThat(rows.get(0).loss()).isCloseTo(0.90, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(minerals.loss()).isCloseTo(0.90, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(minerals.tooltip()).contains("Yomiuri", "品質: 報道");
        // A control on minerals reaches semiconductors through their materials, not antibiotics.
        assertThat(rows.stream().filter(r -> r.key().equals("semiconductors")).findFirst().orElseThrow().loss())
                .isGreaterThan(0);
        assertThat(rows.stream().filter(r -> r.key().equals("antimicrobials")).findFirst().orElseThrow().loss())
                .isZero();
        // Batteries have no shares of their own: the graphite control reaches them through natural graphite,
        // and the row says that the figure is an input's.
        ScenarioRow batteries = rows.stream().filter(r -> r.key().equals("storage batteries")).findFirst().orElseThrow();
        assertThat(batteries.loss()).isGreaterThan(0.5);
        assertThat(batteries.worstItem()).contains("投入物");
        assertThat(batteries.insufficientData()).isTrue();

        Workbench.waitUntil(() -> screen.graph().pictureProperty().get() != null && screen.graph().running() == null);
        GraphPicture picture = screen.graph().pictureProperty().get();
        assertThat(picture.node("CHN").marker()).isEqualTo(Marker.CUT);
        assertThat(picture.node("gallium/refining").opacity()).isEqualTo(1.0);
        assertThat(picture.nodes()).anySatisfy(node -> assertThat(node.opacity()).isLessThan(1.0));
    }

    @Test
    void aControlByACountryTheDataRecordNoSupplyFromSaysSoInsteadOfDoingNothing(FxRobot robot) throws Exception {
        Preset netherlands = screen.presets().stream().filter(p -> p.country().equals("NLD")).findFirst().orElseThrow();
        javafx.scene.control.Button button = robot.lookup(".preset-button")
                .match((javafx.scene.control.Button b) -> b.getText().equals(netherlands.label())).queryButton();

        robot.interact(button::fire);
        Workbench.waitUntil(() -> !screen.resultTable().getItems().isEmpty());

        javafx.scene.control.Label title = robot.lookup("#resultTitle").queryAs(javafx.scene.control.Label.class);
        assertThat(title.getText()).startsWith(netherlands.label()).contains("オランダからの供給がなく");
        assertThat(robot.lookup("#countryList").queryAs(org.controlsfx.control.CheckListView.class)
                .getCheckModel().getCheckedItems()).containsExactly("NLD");
    }

    @Test
    void aWholeCountryCutReachesJapansAntibioticsThroughTheirStartingMaterials(FxRobot robot) throws Exception {
        robot.interact(() -> {
            org.controlsfx.control.CheckListView<String> list = robot.lookup("#countryList").query();
            list.getCheckModel().check("CHN");
            robot.lookup("#consumerChoice").match(node -> screenOwns(node)).<String>queryComboBox()
                    .setValue(tenken.store.model.Country.JAPAN);
        });
        robot.clickOn("#runButton");
        Workbench.waitUntil(() -> !screen.resultTable().getItems().isEmpty());

        List<ScenarioRow> rows = List.copyOf(screen.resultTable().getItems());
        assertThat(rows.stream().filter(r -> r.key().equals("antimicrobials")).findFirst().orElseThrow().loss())
                .isGreaterThan(0.9);
    }

    /** True for a node of the scenario screen (other screens have controls with the same id). */
    private boolean screenOwns(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == screen.resultTable().getScene().lookup("#scenarioTab")) {
                return true;
            }
            if (n.getStyleClass().contains("scenario-screen")) {
                return true;
            }
        }
        return false;
    }
}
