package tenken.views.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
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

/** The window as the application starts it: the database opening in the background, a material asked for. */
@ExtendWith(ApplicationExtension.class)
class AssessmentStartTest {

    @TempDir
    static Path dir;

    private WorkbenchContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.ENGLISH);
        Themes.loadFonts();
        Themes.applyUserAgent(false);
        Path file = dir.resolve("start-" + System.nanoTime() + ".db");
        context = new WorkbenchContext(file, () -> TenkenDatabase.open(file));
        context.materialProperty().set("critical minerals");
        window = MainWindow.load(context);
        Scene scene = new Scene(window.root(), 1280, 800);
        stage.setScene(scene);
        window.controller().show(Screen.ASSESSMENT);
        stage.show();
        context.reload();
    }

    @AfterEach
    void tearDown() {
        context.shutdown();
        Messages.setLocale(Messages.JAPANESE);
    }

    @Test
    void theWalkthroughOpensOnTheMaterialAskedForOnceTheDatabaseIsOpen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.catalogue() != null);
        WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#assessmentStatus").queryAs(javafx.scene.control.Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#versions").queryAs(javafx.scene.control.ListView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#judgment-1-met").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
    }
}
