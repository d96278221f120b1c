package tenken.views.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tenken.store.model.Material;
import tenken.views.model.Screen;
import tenken.views.support.Workbench;

@ExtendWith(ApplicationExtension.class)
class FollowUpScreenTest {

    private Workbench workbench;
    private FollowUpController screen;

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(stage, Screen.FOLLOWUP);
        screen = workbench.controller(Screen.FOLLOWUP, FollowUpController.class);
    }

    /** The @Start method runs on the FX thread, so the wait for the screen's data is here. */
    @BeforeEach
    void loaded() throws Exception {
        Workbench.waitUntil(() -> screen.loaded() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    /** Every text of the screen's content, as shown. */
    private List<String> texts() {
        List<String> texts = new ArrayList<>();
        collect(screen.content(), texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    /** Labels whose text is cut short: what is drawn is not the label's whole text. */
    private static List<String> truncated(Node node) {
        List<String> cut = new ArrayList<>();
        truncated(node, cut);
        return cut;
    }

    private static void truncated(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            Text drawn = (Text) labeled.lookup(".text");
            if (drawn != null && !drawn.getText().replace("\n", "").equals(labeled.getText().replace("\n", ""))) {
                cut.add(labeled.getText());
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> truncated(child, cut));
        }
    }

    private void choose(FxRobot robot, String key) {
        robot.interact(() -> {
            Material material = screen.materialList().getItems().stream().filter(m -> m.key().equals(key))
                    .findFirst().orElseThrow();
            screen.materialList().getSelectionModel().select(material);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aircraftPartsShowPlansEvaluationFundsAndDependenceWithSources(FxRobot robot) {
        assertThat(screen.materialList().getItems()).hasSize(12);
        choose(robot, "aircraft parts");

        List<String> texts = texts();
        assertThat(texts).contains("航空機の部品", "2024-06-04", "2025-02-28", "2025-10-29", "10件", "15件", "18件", "■");
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("炭素繊維・スポンジチタン"));
        // February 2025: the table's 124 and the text's 123, said in words.
        assertThat(texts).contains("124件", "123件", "85件", "135件");
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("123").contains("124").startsWith("注:"));
        assertThat(texts).contains("744億円", "2兆3,827億円").anySatisfy(t -> assertThat(t).startsWith("1兆4,400億円"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("物資別の内訳はありません"));
        assertThat(texts).contains("世界の生産に占める首位国のシェア（日本の調達ではありません）");
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("スポンジチタン").contains("2024"));
        // Government-wide: this round beside the previous, and the causes.
        assertThat(texts).contains("第2回（121件）", "第1回（74件）", "9件（7.4%）", "83.8%");
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("区分の定義が今回と異なる"));
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("原因5").contains("クラウドプログラム"));
        assertThat(texts).filteredOn(t -> t.startsWith("出典: ")).isNotEmpty()
                .noneSatisfy(t -> assertThat(t).containsPattern("seed 00|seeds/|followup_.*\\.csv"));
    }

    @Test
    void inEnglishAmountsSharesAndListsAreWrittenTheEnglishWay(FxRobot robot) throws Exception {
        workbench.switchLanguage("en");
        screen = workbench.controller(Screen.FOLLOWUP, FollowUpController.class);
        Workbench.waitUntil(() -> screen.loaded() != null);
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "aircraft parts");

        List<String> texts = texts();
        assertThat(texts).contains("1,440 billion yen (60.4%)", "Top supplier's share of world production (not Japan's sourcing)");
        // The citations quote Japanese titles; everything else is English, without 「、」 or 「（」.
        assertThat(texts).filteredOn(t -> !t.startsWith("Source: ")).isNotEmpty()
                .noneSatisfy(t -> assertThat(t).containsAnyOf("、", "（"));
    }

    @Test
    void theMaterialsCauseIsMarkedAndEveryDesignatedMaterialNowHasShares(FxRobot robot) {
        choose(robot, "cloud programs");
        assertThat(texts()).anySatisfy(t -> assertThat(t).startsWith("▶ 原因5"));
        // The shipped catalogue covers cloud programs (Japan's market by provider's home country) since it
        // took Japan's own sourcing in: the "no shares" sentence is for materials without any.
        assertThat(texts()).doesNotContain("カタログにこの物資（品目を含む）のシェアがないため、推移を示せません。");
        choose(robot, "critical minerals");
        assertThat(texts()).contains("△").noneSatisfy(t -> assertThat(t).startsWith("▶"));
    }

    @Test
    void ctrl7OpensItAndTheKeyboardMovesThroughTheMaterials(FxRobot robot) {
        robot.interact(() -> workbench.window().controller().show(Screen.OVERVIEW));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.window().controller().shownScreen()).isEqualTo(Screen.FOLLOWUP);

        robot.clickOn(screen.materialList());
        robot.interact(() -> screen.materialList().getSelectionModel().select(0));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.materialList().getSelectionModel().getSelectedItem().key()).isEqualTo("fertilizers");
        assertThat(texts()).contains("肥料");
    }

    @Test
    void projectorModeKeepsEveryTextWholeAndLarge(FxRobot robot) {
        choose(robot, "machine tools and industrial robots");
        robot.interact(() -> workbench.window().controller().setPresentation(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            workbench.scene().getRoot().applyCss();
            workbench.scene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> sizes = new ArrayList<>();
        fontSizes(screen.content(), sizes);
        fontSizes(screen.materialList(), sizes);
        assertThat(sizes).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(24));
        assertThat(truncated(workbench.scene().getRoot().lookup(".followup-screen"))).isEmpty();
        robot.interact(() -> workbench.window().controller().setPresentation(false));
    }

    @Test
    void normalModeKeepsEveryTextWhole(FxRobot robot) {
        choose(robot, "machine tools and industrial robots");
        robot.interact(() -> workbench.scene().getRoot().layout());
        assertThat(truncated(workbench.scene().getRoot().lookup(".followup-screen"))).isEmpty();
    }

    private static void fontSizes(Node node, List<Double> sizes) {
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            sizes.add(labeled.getFont().getSize());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> fontSizes(child, sizes));
        }
    }
}
