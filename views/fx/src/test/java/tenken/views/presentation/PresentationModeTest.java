package tenken.views.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tenken.views.model.Screen;
import tenken.views.picture.PictureStyle;
import tenken.views.support.Workbench;
import tenken.views.workbench.Themes;

@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {

    private Workbench workbench;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        workbench = Workbench.open(stage, Screen.OVERVIEW);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    /** Every visible text of the window, with its font size. */
    private static List<Double> visibleFontSizes(Parent root) {
        List<Double> sizes = new ArrayList<>();
        collect(root, sizes);
        return sizes;
    }

    private static void collect(Node node, List<Double> sizes) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            sizes.add(labeled.getFont().getSize());
        } else if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            sizes.add(text.getFont().getSize());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, sizes));
        }
    }

    @Test
    void f5EntersFullScreenProjectorModeWithLargeTypeAndEscLeavesIt(FxRobot robot) {
        assertThat(visibleFontSizes(workbench.scene().getRoot())).anySatisfy(size -> assertThat(size).isLessThan(24));

        robot.clickOn("#overviewTable");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workbench.context().presentationProperty().get()).isTrue();
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(workbench.scene().getStylesheets()).anySatisfy(css -> assertThat(css).endsWith(Themes.PROJECTOR_CSS
                .substring(Themes.PROJECTOR_CSS.lastIndexOf('/'))));
        assertThat(workbench.context().pictureStyle().get()).isEqualTo(PictureStyle.PROJECTOR);
        robot.interact(() -> workbench.scene().getRoot().applyCss());
        assertThat(visibleFontSizes(workbench.scene().getRoot())).isNotEmpty()
                .allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(24));

        TabPane screens = robot.lookup("#screens").queryAs(TabPane.class);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(workbench.window().controller().shownScreen()).isEqualTo(Screen.CATALOGUE);
        robot.type(KeyCode.PAGE_UP);
        assertThat(workbench.window().controller().shownScreen()).isEqualTo(Screen.OVERVIEW);
        assertThat(screens.getSelectionModel().getSelectedIndex()).isZero();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.context().presentationProperty().get()).isFalse();
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(workbench.context().pictureStyle().get()).isEqualTo(PictureStyle.NORMAL);
    }

    @Test
    void projectorPicturesUseLargeTypeAndThickLines() {
        assertThat(PictureStyle.PROJECTOR.fontSize()).isGreaterThanOrEqualTo(24);
        assertThat(PictureStyle.PROJECTOR.smallFontSize()).isGreaterThanOrEqualTo(24);
        assertThat(PictureStyle.PROJECTOR.edgeMinWidth()).isGreaterThan(PictureStyle.NORMAL.edgeMinWidth());
        assertThat(PictureStyle.PROJECTOR.edgeMaxWidth()).isGreaterThan(PictureStyle.NORMAL.edgeMaxWidth());
    }
}
