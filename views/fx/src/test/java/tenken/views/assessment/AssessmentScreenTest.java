package tenken.views.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tenken.assets.Messages;
import tenken.store.assessment.AssessmentRepository;
import tenken.store.assessment.AssessmentVersion;
import tenken.store.assessment.Judgment;
import tenken.store.assessment.Requirement;
import tenken.store.assessment.Workstation;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Material;
import tenken.views.model.AssessmentText;
import tenken.views.workbench.Themes;
import tenken.views.workbench.WorkbenchContext;

@ExtendWith(ApplicationExtension.class)
class AssessmentScreenTest {

    @TempDir
    static Path dir;

    private static Path seeded;

    private WorkbenchContext context;
    private AssessmentScreen screen;

    /** One seeded database copied for each test: seeding takes seconds, copying does not. */
    @BeforeAll
    static void seed() {
        seeded = dir.resolve("seeded.db");
        TenkenDatabase.open(seeded);
    }

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Messages.JAPANESE);
        Themes.loadFonts();
        Themes.applyUserAgent(false);
        Path file = dir.resolve("screen-" + System.nanoTime() + ".db");
        Files.copy(seeded, file);
        context = new WorkbenchContext(TenkenDatabase.open(file));
        Workstation workstation = new Workstation(dir.resolve("ws-" + System.nanoTime() + ".properties"));
        workstation.setAssessor("経済安全保障室 山田");
        context.reload().get(20, TimeUnit.SECONDS);
        screen = new AssessmentScreen(context, workstation);
        Scene scene = new Scene(new VBox(), 1200, 760);
        scene.setRoot(new javafx.scene.control.TabPane(screen.tab()));
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        context.shutdown();
    }

    private void waitForEvidence() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> screen.model().evidenceProperty().get() != null
                && !screen.model().history().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(FxRobot robot, String key) throws Exception {
        ComboBox<Material> materials = robot.lookup("#assessmentMaterial").queryAs(ComboBox.class);
        Material material = materials.getItems().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
        robot.interact(() -> materials.setValue(material));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> screen.model().evidenceProperty().get() != null
                && screen.model().evidenceProperty().get().materialKey().equals(key));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Chooses a judgment as a click would; the button may lie below the fold of the step's scroll pane. */
    private static void judge(FxRobot robot, String id) {
        RadioButton button = robot.lookup(id).queryAs(RadioButton.class);
        robot.interact(button::fire);
    }

    private static String texts(FxRobot robot, String container) {
        StringBuilder all = new StringBuilder();
        robot.lookup(container).queryAll().forEach(node -> collect(node, all));
        return all.toString();
    }

    private static void collect(Node node, StringBuilder all) {
        if (node instanceof Label label) {
            all.append(label.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, all));
        }
    }

    @Test
    void theFirstStepShowsTheDefinitionInJapaneseAndEnglishAndTheReferenceJudgment(FxRobot robot) throws Exception {
        waitForEvidence();

        String step = texts(robot, "#step1");
        assertThat(step).contains("要件1", "国民の生存に必要不可欠", "国民の生存に直接的な影響が生じる物資をいう",
                "Essential for the survival of the people", "データによる根拠");
        assertThat(robot.lookup("#judgment-1-met").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#rationale1").queryAs(TextArea.class).getText()).isNotBlank();
        ListView<AssessmentVersion> versions = robot.lookup("#versions").queryAs(ListView.class);
        assertThat(versions.getItems()).hasSize(1);
        assertThat(versions.getItems().get(0).reference()).isTrue();
    }

    @Test
    void pageDownAndArrowsWalkTheStepsAndTheEvidenceCarriesFiguresWithSources(FxRobot robot) throws Exception {
        choose(robot, "critical minerals");
        robot.clickOn("#stepButton0");

        robot.type(KeyCode.PAGE_DOWN);
        assertThat(screen.model().stepProperty().get()).isEqualTo(1);
        String evidence = texts(robot, "#evidence2");
        assertThat(evidence).contains("日本のルックスルー依存", "ガリウム", "98.4%", "HHI", "USGS", "2024")
                .doesNotContain("コバルト（採掘）");
        robot.interact(() -> robot.lookup("#moreEvidence").queryAs(javafx.scene.control.Hyperlink.class).fire());
        assertThat(texts(robot, "#evidence2")).contains("コバルト（採掘）");

        robot.type(KeyCode.RIGHT);
        assertThat(texts(robot, "#evidence3")).contains("中国の輸出管理", "ガリウム・ゲルマニウム", "供給停止で日本が失う供給");
        robot.type(KeyCode.RIGHT);
        assertThat(texts(robot, "#evidence4")).contains("基金 1,058 億円", "認定供給確保計画");
        robot.type(KeyCode.RIGHT);
        assertThat(texts(robot, "#summary")).contains("指定候補 — 4要件をすべて満たす");
        robot.type(KeyCode.RIGHT);
        assertThat(screen.model().stepProperty().get()).isEqualTo(AssessmentViewModel.SUMMARY);
        robot.type(KeyCode.PAGE_UP).type(KeyCode.LEFT);
        assertThat(screen.model().stepProperty().get()).isEqualTo(2);
    }

    @Test
    void revisingARequirementAndSavingAppendsAVersionAndChangesTheOutcome(FxRobot robot) throws Exception {
        waitForEvidence();
        String key = screen.model().materialProperty().get().key();
        robot.clickOn("#stepButton3");
        judge(robot, "#judgment-4-not_met");
        TextArea rationale = robot.lookup("#rationale4").queryAs(TextArea.class);
        robot.interact(() -> rationale.setText("他制度で措置済みのため、本制度による必要性は小さい"));
        robot.interact(() -> robot.lookup("#changeNote").queryAs(TextField.class).setText("要件4を見直し"));

        robot.interact(() -> screen.save());
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.model().history().size() == 2);
        } catch (Exception e) {
            throw new AssertionError(robot.lookup("#assessmentStatus").queryAs(Label.class).getText(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();

        AssessmentVersion saved = new AssessmentRepository(context.database()).latest(key).orElseThrow();
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.assessor()).isEqualTo("経済安全保障室 山田");
        assertThat(saved.changeNote()).isEqualTo("要件4を見直し");
        assertThat(saved.findings().of(Requirement.MEASURE_NECESSITY).judgment()).isEqualTo(Judgment.NOT_MET);
        assertThat(saved.findings().of(Requirement.ESSENTIAL))
                .isEqualTo(screen.model().history().get(0).findings().of(Requirement.ESSENTIAL));
        assertThat(robot.lookup("#assessmentStatus").queryAs(Label.class).getText()).contains("第2版");

        robot.clickOn("#stepButton4");
        String summary = texts(robot, "#summary");
        assertThat(summary).contains("指定候補ではない", "要件4　本制度による措置の必要性 を満たさない: 他制度で措置済み");

        ListView<AssessmentVersion> versions = robot.lookup("#versions").queryAs(ListView.class);
        robot.interact(() -> versions.getSelectionModel().select(0));
        assertThat(robot.lookup("#versionChanges").queryAs(Label.class).getText())
                .contains("要件4 の判断: 満たす → 満たさない", "要件4 の理由を変更");
    }

    @Test
    void twoVersionsCompareSideBySideWithTheChangesMarked(FxRobot robot) throws Exception {
        waitForEvidence();
        robot.clickOn("#stepButton1");
        judge(robot, "#judgment-2-undetermined");
        robot.interact(() -> screen.save());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.model().history().size() == 2);

        CompareView compare = new CompareView(new AssessmentText(Messages.JAPANESE,
                screen.model().definitionsProperty().get()), screen.model().history().get(1),
                screen.model().history().get(0));

        long changed = compare.getChildren().stream()
                .filter(node -> node.getStyleClass().contains(CompareView.CHANGED)).count();
        assertThat(changed).isEqualTo(2);
        StringBuilder all = new StringBuilder();
        collect(compare, all);
        assertThat(all.toString().indexOf("第1版")).isLessThan(all.toString().indexOf("第2版"));
        assertThat(all).contains("未判断", "満たす");
    }

    @Test
    void theCompareWindowClosesWithEscCtrlWAndItsCloseButton(FxRobot robot) throws Exception {
        waitForEvidence();
        robot.clickOn("#stepButton1");
        judge(robot, "#judgment-2-undetermined");
        robot.interact(() -> screen.save());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.model().history().size() == 2);
        java.util.List<AssessmentVersion> pair = java.util.List.copyOf(screen.model().history());

        for (Runnable closing : java.util.List.<Runnable>of(
                () -> robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE),
                () -> robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL),
                () -> robot.clickOn("#closeCompare"))) {
            Stage[] window = new Stage[1];
            robot.interact(() -> window[0] = screen.compare(pair));
            assertThat(window[0].isShowing()).isTrue();
            robot.interact(() -> window[0].requestFocus());
            assertThat(robot.lookup("#closeCompare").queryButton().getText()).isEqualTo("閉じる");
            closing.run();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window[0].isShowing()).isFalse();
        }
    }

    @Test
    void aCandidateIsAssessedTheSameWayFromNothing(FxRobot robot) throws Exception {
        choose(robot, "helium");

        assertThat(screen.model().history()).isEmpty();
        assertThat(robot.lookup("#judgment-1-undetermined").queryAs(RadioButton.class).isSelected()).isTrue();
        robot.clickOn("#stepButton3");
        assertThat(texts(robot, "#evidence4")).contains("特定重要物資に指定されておらず");
        robot.clickOn("#stepButton0");
        judge(robot, "#judgment-1-met");
        robot.interact(() -> screen.save());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.model().history().size() == 1);

        AssessmentVersion first = new AssessmentRepository(context.database()).latest("helium").orElseThrow();
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.reference()).isFalse();
        assertThat(first.outcome().pending()).containsExactly(Requirement.EXTERNAL_DEPENDENCE,
                Requirement.DISRUPTION_PROBABILITY, Requirement.MEASURE_NECESSITY);
    }

    @Test
    void theExportButtonsTaskWritesTheBriefingOffTheFxThread(FxRobot robot) throws Exception {
        waitForEvidence();
        Path pdf = dir.resolve("briefing-" + System.nanoTime() + ".pdf");

        Path written = robot.interact(() -> screen.export(pdf)) == null ? null : pdf;
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(pdf));

        assertThat(written).exists();
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
    }
}
