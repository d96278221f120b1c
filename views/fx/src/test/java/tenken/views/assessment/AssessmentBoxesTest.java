package tenken.views.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.extension.ExtendWith;
import tenken.views.model.Screen;
import tenken.views.support.Workbench;

/**
 * Issue 13 items 2 and 7: the assessment screen at 1920×1080. On the projector the rationale box showed 4½ of
 * its lines and the references box 3, each scrolled inside itself with a half line cut at its foot, while the
 * page around them scrolled too. Each box shows its whole text; the page scrolls instead.
 */
@ExtendWith(ApplicationExtension.class)
class AssessmentBoxesTest {

    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(stage, Screen.OVERVIEW, 1920, 1080);
    }

    @AfterEach
    void tearDown() {
        workbench.close();
    }

    @ParameterizedTest(name = "{0}, projector {1}")
    @CsvSource({"ja, true", "en, true", "ja, false"})
    void theRationaleAndReferencesBoxesShowTheirWholeText(String language, boolean projector) throws Exception {
        if (!"ja".equals(language)) {
            workbench.switchLanguage(language);
        }
        WaitForAsyncUtils.asyncFx(() -> workbench.window().controller().setPresentation(projector));
        WaitForAsyncUtils.waitForFxEvents();
        workbench.showAndSettle(Screen.ASSESSMENT);
        List<String> scrolledInside = new ArrayList<>();
        int[] boxes = {0};
        WaitForAsyncUtils.asyncFx(() -> {
            for (Node node : workbench.scene().getRoot().lookupAll(".text-area")) {
                if (node instanceof TextArea box && box.isVisible() && box.getScene() != null
                        && box.getLayoutBounds().getHeight() > 0 && !box.getText().isBlank()) {
                    boxes[0]++;
                    ScrollPane inside = (ScrollPane) box.lookup(".scroll-pane");
                    double content = inside.getContent().getLayoutBounds().getHeight();
                    double shown = inside.getViewportBounds().getHeight();
                    if (content > shown + 1) {
                        scrolledInside.add(box.getId() + ": " + Math.round(content) + " px of text in "
                                + Math.round(shown) + " px");
                    }
                }
            }
        }).get();
        assertThat(boxes[0]).as("rationale and references boxes with text").isGreaterThanOrEqualTo(2);
        assertThat(scrolledInside).isEmpty();
        if (!projector) {
            // At the desk the whole step fits the page, the boxes taking the spare height: nothing to scroll.
            double[] page = new double[2];
            WaitForAsyncUtils.asyncFx(() -> {
                ScrollPane scroll = (ScrollPane) workbench.scene().getRoot().lookup("#assessmentPage");
                page[0] = scroll.getContent().getLayoutBounds().getHeight();
                page[1] = scroll.getViewportBounds().getHeight();
            }).get();
            assertThat(page[0]).as("the step's height at the desk").isLessThanOrEqualTo(page[1] + 1);
        }
    }
}
