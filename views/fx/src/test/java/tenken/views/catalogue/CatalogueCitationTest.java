package tenken.views.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tenken.assets.Messages;
import tenken.views.model.Screen;
import tenken.views.model.ShareRow;
import tenken.views.support.Workbench;

/**
 * On the projector the catalogue's source column gives way so that the other columns show whole (issue 13 item
 * 7): every figure stays traceable on screen all the same, under the table, where the selected row's full
 * citation shows, and before a row is selected a line says where to find it (the place was blank).
 */
@ExtendWith(ApplicationExtension.class)
class CatalogueCitationTest {

    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(stage, Screen.CATALOGUE, 1920, 1080);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    @SuppressWarnings("unchecked")
    void theSelectedRowsCitationShowsWholeUnderTheTable(String language, FxRobot robot) throws Exception {
        if (!"ja".equals(language)) {
            workbench.switchLanguage(language);
        }
        WaitForAsyncUtils.asyncFx(() -> workbench.window().controller().setPresentation(true)).get();
        WaitForAsyncUtils.asyncFx(() -> workbench.context().materialProperty().set("antimicrobials")).get();
        workbench.showAndSettle(Screen.CATALOGUE);
        TableView<ShareRow> table = (TableView<ShareRow>) workbench.scene().lookup("#sharesTable");
        Label citation = (Label) workbench.scene().lookup("#shareCitation");
        Workbench.waitUntil(() -> !table.getItems().isEmpty());
        assertThat(table.getVisibleLeafColumns()).as("the source column gives way on the projector")
                .noneMatch(column -> column.getId() != null && column.getId().equals("sourceColumn"));
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().clearSelection()).get();
        assertThat(citation.getText()).isEqualTo(Messages.get("catalogue.citationHint"));

        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(0)).get();
        WaitForAsyncUtils.waitForFxEvents();
        ShareRow row = table.getItems().get(0);
        assertThat(citation.getText()).contains(row.citation()).contains(String.valueOf(row.year()));
        assertThat(citation.isVisible()).isTrue();
        javafx.scene.text.Text shown = (javafx.scene.text.Text) citation.lookup(".text");
        assertThat(shown.getText()).as("the citation is not cut short").isEqualTo(citation.getText());
    }
}
