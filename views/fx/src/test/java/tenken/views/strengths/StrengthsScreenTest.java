package tenken.views.strengths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tenken.graph.concentration.Leverage;
import tenken.views.chokepoint.ChokepointController;
import tenken.views.model.Screen;
import tenken.views.support.Workbench;

/** Screen 8 on the shipped catalogue: the default minimum, a lowered one, and opening an item on the graph. */
@ExtendWith(ApplicationExtension.class)
class StrengthsScreenTest {

    private Workbench workbench;
    private StrengthsController screen;

    @org.junit.jupiter.api.BeforeAll
    static void seed() throws Exception {
        Workbench.seed();
    }

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(stage, Screen.STRENGTHS);
        screen = workbench.controller(Screen.STRENGTHS, StrengthsController.class);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private static String material(Node card) {
        return ((Leverage) card.getUserData()).item().material();
    }

    private static List<String> texts(Node card) {
        return card.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void theStoredHighThresholdIsTheDefaultAndALowerMinimumRanksTheSeededItems(FxRobot robot) throws Exception {
        Workbench.waitUntil(() -> screen.strengths() != null);
        assertThat(screen.strengths().minimum()).isEqualTo(0.5);
        // At the stored 50 % only MLCC reaches the high level (Japanese makers' world market share, and the
        // largest maker's capacity); the note says how many a lower minimum would show.
        assertThat(screen.cards()).filteredOn(card -> card.getUserData() instanceof Leverage).isNotEmpty()
                .allSatisfy(card -> assertThat(((Leverage) card.getUserData()).share()).isGreaterThanOrEqualTo(0.5))
                .allSatisfy(card -> assertThat(material(card)).startsWith("mlcc"));
        assertThat(robot.lookup("#belowNote").queryLabeled().getText()).contains("50%");

        robot.interact(() -> screen.minimumSpinner().getValueFactory().setValue(15.0));
        List<Node> cards = screen.cards();
        assertThat(cards).extracting(StrengthsScreenTest::material).containsSubsequence(
                "semiconductor materials", "iodine", "titanium sponge");
        assertThat(cards).extracting(card -> ((Leverage) card.getUserData()).share())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        Node semiconductors = cards.stream().filter(c -> material(c).equals("semiconductor materials")).findFirst()
                .orElseThrow();
        assertThat(String.join("\n", texts(semiconductors))).contains("日本 48%", "供給国中 1 位", "2023年",
                "★ 技術流出対策の対象物資: 半導体", "出典:");
        Node iodine = cards.stream().filter(c -> material(c).equals("iodine")).findFirst().orElseThrow();
        assertThat(String.join("\n", texts(iodine))).contains("日本 28.2%", "供給国中 2 位", "2024年")
                .doesNotContain("技術流出");
        assertThat(iodine.getStyleClass()).doesNotContain("strength-card-leakage");
        assertThat(semiconductors.getStyleClass()).contains("strength-card-leakage");
    }

    @Test
    void enterOnAnItemOpensItOnTheChokepointGraphWithJapanFocused(FxRobot robot) throws Exception {
        Workbench.waitUntil(() -> screen.strengths() != null);
        robot.interact(() -> screen.minimumSpinner().getValueFactory().setValue(15.0));
        Node titanium = screen.cards().stream().filter(c -> material(c).equals("titanium sponge")).findFirst()
                .orElseThrow();
        robot.interact(titanium::requestFocus);
        robot.type(KeyCode.ENTER);

        Workbench.waitUntil(() -> workbench.window().controller().shownScreen() == Screen.CHOKEPOINT);
        ChokepointController graph = workbench.controller(Screen.CHOKEPOINT, ChokepointController.class);
        Workbench.waitUntil(() -> "JPN".equals(graph.focused()) && graph.model().running() == null);
        assertThat(graph.consumer()).isEqualTo("WLD");
        // Japan, the item and the item's other suppliers at full strength; the rest dimmed.
        assertThat(graph.model().emphasis().shown()).contains("JPN", "titanium sponge/refining", "CHN");
        assertThat(graph.model().pictureProperty().get().node("JPN").opacity()).isEqualTo(1.0);
    }

    @Test
    void theGraphOpenedForAStrengthSaysInWordsThatItShowsWorldProduction(FxRobot robot) throws Exception {
        Workbench.waitUntil(() -> screen.strengths() != null);
        robot.interact(() -> screen.minimumSpinner().getValueFactory().setValue(15.0));
        Node titanium = screen.cards().stream().filter(c -> material(c).equals("titanium sponge")).findFirst()
                .orElseThrow();
        robot.interact(titanium::requestFocus);
        robot.type(KeyCode.ENTER);
        Workbench.waitUntil(() -> workbench.window().controller().shownScreen() == Screen.CHOKEPOINT);
        ChokepointController graph = workbench.controller(Screen.CHOKEPOINT, ChokepointController.class);
        Workbench.waitUntil(() -> "JPN".equals(graph.focused()) && graph.model().running() == null);

        // The chokepoint screen opens on Japan's imports; a strength is a share of world supply, so it shows
        // world production and says why, over the graph and in its exports.
        String why = "世界生産 — 日本の強み（世界の供給に占める日本のシェア）を示すため、日本の輸入ではなく世界生産を表示しています";
        assertThat(graph.model().pictureProperty().get().subtitle()).contains(why);
        Label header = robot.from(graph.graphView()).lookup((Node node) -> node instanceof Label l
                && l.getText() != null && l.getText().contains(why)).queryAs(Label.class);
        for (Node at = header; at != null; at = at.getParent()) {
            assertThat(at.isVisible()).isTrue();
        }
        assertThat(((javafx.scene.text.Text) header.lookup(".text")).getText()).isEqualTo(header.getText());

        // Once the user picks Japan's imports again, the reason goes.
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> consumers = (javafx.scene.control.ComboBox<String>) graph.view()
                .lookup("#consumerChoice");
        robot.interact(() -> consumers.setValue(tenken.store.model.Country.JAPAN));
        Workbench.waitUntil(() -> graph.model().running() == null
                && graph.model().visible().consumer().equals("日本の輸入"));
        assertThat(graph.model().pictureProperty().get().subtitle()).doesNotContain("日本の強み");
    }

    @Test
    void switchingLanguageKeepsTheReasonWorldProductionShows(FxRobot robot) throws Exception {
        Workbench.waitUntil(() -> screen.strengths() != null);
        robot.interact(() -> screen.minimumSpinner().getValueFactory().setValue(15.0));
        Node titanium = screen.cards().stream().filter(c -> material(c).equals("titanium sponge")).findFirst()
                .orElseThrow();
        robot.interact(titanium::requestFocus);
        robot.type(KeyCode.ENTER);
        Workbench.waitUntil(() -> workbench.window().controller().shownScreen() == Screen.CHOKEPOINT);
        ChokepointController graph = workbench.controller(Screen.CHOKEPOINT, ChokepointController.class);
        Workbench.waitUntil(() -> "JPN".equals(graph.focused()) && graph.model().running() == null);

        workbench.switchLanguage("en");

        ChokepointController english = workbench.controller(Screen.CHOKEPOINT, ChokepointController.class);
        assertThat(english).isNotSameAs(graph);
        Workbench.waitUntil(() -> english.model().running() == null && english.model().pictureProperty().get() != null
                && english.model().visible() != null && english.model().visible().consumer().equals("World production"));
        assertThat(english.consumer()).isEqualTo("WLD");
        assertThat(english.model().pictureProperty().get().subtitle())
                .contains("World production — shown for Japan's strengths (Japan's share of world supply), not Japan's imports");
    }

    @Test
    void aClickOpensTheItemToo(FxRobot robot) throws Exception {
        Workbench.waitUntil(() -> screen.strengths() != null);
        robot.interact(() -> screen.minimumSpinner().getValueFactory().setValue(15.0));
        robot.clickOn(screen.cards().get(0));
        Workbench.waitUntil(() -> workbench.window().controller().shownScreen() == Screen.CHOKEPOINT);
    }

    @Test
    void ctrl8BringsTheScreenForward(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.window().controller().show(Screen.OVERVIEW));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT8).release(KeyCode.CONTROL);
        Workbench.waitUntil(() -> workbench.window().controller().shownScreen() == Screen.STRENGTHS);
    }
}
