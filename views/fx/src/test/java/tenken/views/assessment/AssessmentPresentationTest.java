package tenken.views.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tenken.assets.Messages;
import tenken.store.db.TenkenDatabase;
import tenken.views.model.Screen;
import tenken.views.shell.MainWindow;
import tenken.views.workbench.Themes;
import tenken.views.workbench.WorkbenchContext;

/** The walkthrough in the workbench's presentation mode: one requirement per screen, the keys to move. */
@ExtendWith(ApplicationExtension.class)
class AssessmentPresentationTest {

    @TempDir
    static Path dir;

    private WorkbenchContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Messages.JAPANESE);
        Themes.loadFonts();
        Themes.applyUserAgent(false);
        context = new WorkbenchContext(TenkenDatabase.open(dir.resolve("present-" + System.nanoTime() + ".db")));
        window = MainWindow.load(context);
        Scene scene = new Scene(window.root(), 1280, 800);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
        context.reload().get(20, TimeUnit.SECONDS);
    }

    @AfterEach
    void tearDown() {
        context.shutdown();
    }

    @Test
    void inPresentationModeTheKeysWalkTheStepsThenMoveOnToTheNextScreen(FxRobot robot) throws Exception {
        robot.interact(() -> window.controller().show(Screen.ASSESSMENT));
        robot.interact(() -> window.controller().setPresentation(true));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane screens = window.controller().screens();
        assertThat(window.controller().shownScreen()).isEqualTo(Screen.ASSESSMENT);
        int assessment = screens.getSelectionModel().getSelectedIndex();
        assertThat(robot.lookup("#history").tryQuery()).isEmpty();

        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.RIGHT).type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN);
        assertThat(robot.lookup("#summary").tryQuery()).isPresent();
        assertThat(window.controller().shownScreen()).isEqualTo(Screen.ASSESSMENT);

        robot.type(KeyCode.PAGE_DOWN);
        assertThat(window.controller().shownScreen()).isNotEqualTo(Screen.ASSESSMENT);
        // The next screen in tab order: the follow-up, which follows the assessment.
        assertThat(screens.getSelectionModel().getSelectedIndex()).isEqualTo((assessment + 1) % screens.getTabs().size());

        robot.interact(() -> window.controller().setPresentation(false));
        robot.interact(() -> window.controller().show(Screen.ASSESSMENT));
        assertThat(robot.lookup("#history").tryQuery()).isPresent();
    }
}
