package tenken.views.presentation;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tenken.views.model.Screen;
import tenken.views.support.Workbench;

/**
 * Issue 13 item 2: at 1920×1080, in both languages, normal and projector mode, every screen shows its
 * trees' names whole within the tree's width (no sideways scroll bar, no name cut short), and every
 * wrapped table cell as tall as its lines (a row shorter than its wrapped text cuts its first and last line).
 */
@ExtendWith(ApplicationExtension.class)
class WrappedFitTest {

    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(stage, Screen.OVERVIEW, 1920, 1080);
    }

    @AfterEach
    void tearDown() {
        workbench.close();
    }

    @ParameterizedTest
    @CsvSource({"ja,false", "ja,true", "en,false", "en,true"})
    void treesAndWrappedCellsShowTheirTextWhole(String language, boolean projector) throws Exception {
        if (!"ja".equals(language)) {
            workbench.switchLanguage(language);
        }
        WaitForAsyncUtils.asyncFx(() -> workbench.window().controller().setPresentation(projector));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> trees = new ArrayList<>();
        List<String> clipped = new ArrayList<>();
        int[] cells = {0};
        for (Screen screen : Screen.values()) {
            workbench.showAndSettle(screen);
            WaitForAsyncUtils.asyncFx(() -> collectTrees(screen, workbench.scene().getRoot(), trees));
            WaitForAsyncUtils.asyncFx(() -> cells[0] += collectClipped(screen, workbench.scene().getRoot(), clipped));
            WaitForAsyncUtils.waitForFxEvents();
        }
        SoftAssertions.assertSoftly(softly -> {
            // The overview's and the catalogue's tables wrap 40 to 100 cells: fewer, and the screens had not
            // loaded when they were looked at.
            softly.assertThat(cells[0]).as("wrapped cells looked at (%s, projector %s)", language, projector)
                    .isGreaterThan(20);
            softly.assertThat(trees).as("trees scrolling sideways or cutting names (%s, projector %s)",
                    language, projector).isEmpty();
            softly.assertThat(clipped).as("wrapped cells taller than their row (%s, projector %s)",
                    language, projector).isEmpty();
        });
    }

    /** Every showing tree with a horizontal scroll bar, and every tree cell whose displayed text is not its text. */
    private static void collectTrees(Screen screen, Parent root, List<String> found) {
        for (Node node : root.lookupAll(".tree-view")) {
            if (!(node instanceof TreeView<?> tree) || !showing(tree)) {
                continue;
            }
            for (Node bar : tree.lookupAll(".scroll-bar")) {
                if (bar instanceof ScrollBar scrollBar && scrollBar.getOrientation() == Orientation.HORIZONTAL
                        && scrollBar.isVisible() && scrollBar.getParent() instanceof VirtualFlow<?>) {
                    found.add(screen + ": " + tree.getId() + " scrolls sideways");
                }
            }
            for (Node cellNode : tree.lookupAll(".tree-cell")) {
                if (cellNode instanceof TreeCell<?> cell && cell.isVisible() && cell.getText() != null) {
                    for (Node child : cell.getChildrenUnmodifiable()) {
                        if (child instanceof Text text && child.getClass().getSimpleName().equals("LabeledText")
                                && !text.getText().replace('\n', ' ').equals(cell.getText().replace('\n', ' '))) {
                            found.add(screen + ": \"" + text.getText() + "\" for \"" + cell.getText() + "\"");
                        }
                    }
                    double right = cell.localToScene(cell.getLayoutBounds()).getMaxX();
                    Node clip = cell.getParent();
                    while (clip != null && !(clip instanceof VirtualFlow<?>)) {
                        clip = clip.getParent();
                    }
                    if (clip != null && right > clip.localToScene(clip.getLayoutBounds()).getMaxX() + 0.5) {
                        found.add(screen + ": \"" + cell.getText() + "\" runs past the tree's right edge");
                    }
                }
            }
        }
    }

    /**
     * Every showing wrapped table cell whose text is taller than the cell's inside, and than the cell less the
     * one-pixel line the theme draws at the bottom of every row (a text as tall as its row runs its last line
     * into it). Returns how many cells it looked at.
     */
    private static int collectClipped(Screen screen, Parent root, List<String> found) {
        int looked = 0;
        for (Node node : root.lookupAll(".wrapped-cell-text")) {
            if (node instanceof Text text && text.getParent() instanceof TableCell<?, ?> cell && showing(cell)
                    && cell.getText() != null && !cell.getText().isEmpty() && cell.getHeight() > 0) {
                looked++;
                double inside = cell.getHeight() - cell.snappedTopInset() - Math.max(cell.snappedBottomInset(), 1);
                double needed = text.getLayoutBounds().getHeight();
                if (needed > inside + 0.5) {
                    found.add(screen + ": \"" + cell.getText() + "\" needs " + Math.round(needed) + " px in "
                            + Math.round(inside) + " px");
                }
            }
        }
        return looked;
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
}
