package tenken.views.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Tab;
import tenken.store.assessment.Workstation;
import tenken.views.assessment.AssessmentScreen;
import tenken.views.model.Screen;
import tenken.views.workbench.WorkbenchContext;
import tenken.views.workbench.WorkbenchScreen;

/**
 * Builds a screen: from its FXML, whose controller is the {@link WorkbenchScreen}, or in code for the
 * one screen without FXML. A new FXML screen needs nothing here, only its {@link Screen} constant.
 */
final class Screens {

    private Screens() {
    }

    static WorkbenchScreen build(Screen screen, WorkbenchContext context, Tab tab) {
        if (screen.fxml() == null) {
            return switch (screen) {
                case ASSESSMENT -> new AssessmentScreen(context, Workstation.current(), tab);
                default -> throw new IllegalStateException("No way to build " + screen);
            };
        }
        FXMLLoader loader = MainWindow.loader(screen.fxml(), context);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(loader.getController() instanceof WorkbenchScreen built)) {
            throw new IllegalStateException(screen.fxml() + ": its controller is no WorkbenchScreen");
        }
        return built;
    }
}
