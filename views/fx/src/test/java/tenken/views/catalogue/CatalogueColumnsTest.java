package tenken.views.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tenken.store.model.Material;
import tenken.views.model.Screen;
import tenken.views.model.ShareRow;
import tenken.views.support.Workbench;

/**
 * The catalogue's supplier table at 1920×1080, in both languages, at the desk and on the projector, with each of
 * its materials selected (critical minerals has 205 rows): every column it shows lies within the table's visible
 * width, no horizontal scroll bar; at the desk the source column is one of them, and on the projector, where it
 * gives way, a row is selected from the start and its source shows whole under the table (issue 13 item 2:
 * "the Source column needs horizontal scrolling").
 */
@ExtendWith(ApplicationExtension.class)
class CatalogueColumnsTest {

    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(stage, Screen.CATALOGUE, 1920, 1080);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @ParameterizedTest(name = "{0}, projector {1}")
    @CsvSource({"ja, true", "en, true", "ja, false", "en, false"})
    @SuppressWarnings("unchecked")
    void everyColumnLiesWithinTheTableAndEveryFigureCanBeTracedOnScreen(String language, boolean projector)
            throws Exception {
        if (!"ja".equals(language)) {
            workbench.switchLanguage(language);
        }
        WaitForAsyncUtils.asyncFx(() -> workbench.window().controller().setPresentation(projector)).get();
        workbench.showAndSettle(Screen.CATALOGUE);
        TableView<ShareRow> table = (TableView<ShareRow>) workbench.scene().lookup("#sharesTable");
        TreeView<Material> materials = (TreeView<Material>) workbench.scene().lookup("#materialTree");
        List<String> outside = new ArrayList<>();
        List<String> untraced = new ArrayList<>();
        int looked = 0;
        for (TreeItem<Material> material : List.copyOf(materials.getRoot().getChildren())) {
            WaitForAsyncUtils.asyncFx(() -> materials.getSelectionModel().select(material)).get();
            Workbench.letLayoutsRun();
            if (table.getItems().isEmpty()) {
                continue;
            }
            looked++;
            String where = material.getValue().key();
            WaitForAsyncUtils.asyncFx(() -> {
                collectOutside(where, table, outside);
                if (projector) {
                    collectUntraced(where, table, untraced);
                } else if (table.getVisibleLeafColumns().stream().noneMatch(c -> "sourceColumn".equals(c.getId()))) {
                    untraced.add(where + ": no source column at the desk");
                }
            }).get();
        }
        assertThat(looked).as("materials with rows looked at").isGreaterThan(12);
        assertThat(outside).as("columns out of the table's sight (%s, projector %s)", language, projector).isEmpty();
        assertThat(untraced).as("figures without their source on screen (%s, projector %s)", language, projector)
                .isEmpty();
    }

    /** Every column whose header reaches past the table's right edge, and a horizontal scroll bar shown. */
    private static void collectOutside(String where, TableView<ShareRow> table, List<String> outside) {
        Bounds inside = table.localToScene(table.getLayoutBounds());
        double right = inside.getMaxX() - table.snappedRightInset();
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.getTableColumn().isVisible() && header.isVisible()) {
                double end = header.localToScene(header.getLayoutBounds()).getMaxX();
                if (end > right + 0.5) {
                    outside.add(where + ": " + header.getTableColumn().getText() + " ends at " + Math.round(end)
                            + " px, the table at " + Math.round(right) + " px");
                }
            }
        }
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()
                    && bar.getParent() instanceof VirtualFlow<?>) {
                outside.add(where + ": a horizontal scroll bar");
            }
        }
    }

    /** On the projector: no row selected, or the selected row's source not shown whole under the table. */
    private void collectUntraced(String where, TableView<ShareRow> table, List<String> untraced) {
        ShareRow row = table.getSelectionModel().getSelectedItem();
        Label citation = (Label) workbench.scene().lookup("#shareCitation");
        if (row == null) {
            untraced.add(where + ": no row selected, the citation reads \"" + citation.getText() + "\"");
            return;
        }
        Text shown = (Text) citation.lookup(".text");
        Bounds bounds = citation.localToScene(citation.getLayoutBounds());
        if (!citation.getText().contains(row.source()) || shown == null || !shown.getText().equals(citation.getText())
                || !citation.isVisible() || bounds.getMaxY() > workbench.scene().getHeight() + 0.5) {
            untraced.add(where + ": \"" + (shown == null ? null : shown.getText()) + "\" for " + row.source());
        }
    }
}
