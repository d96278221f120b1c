package tenken.views.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import tenken.assets.Messages;
import tenken.views.model.Screen;
import tenken.views.workbench.WorkbenchContext;
import tenken.views.workbench.WorkbenchScreen;

/** Loads the main window in the session language. */
public final class MainWindow {

    private final Parent root;
    private final MainWindowController controller;
    private final WorkbenchContext context;

    private MainWindow(Parent root, MainWindowController controller, WorkbenchContext context) {
        this.root = root;
        this.controller = controller;
        this.context = context;
    }

    public static MainWindow load(WorkbenchContext context) {
        FXMLLoader loader = loader("/tenken/views/shell/MainWindow.fxml", context);
        try {
            Parent root = loader.load();
            return new MainWindow(root, loader.getController(), context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loader for one of the workbench's FXML files, in the session language, its controller given the context. */
    static FXMLLoader loader(String fxml, WorkbenchContext context) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource(fxml), Messages.bundle());
        // Every screen's controller takes the context: the main window's and those of the included screens.
        loader.setControllerFactory(type -> {
            if (type == MainWindowController.class) {
                return new MainWindowController(context);
            }
            try {
                return type.getConstructor(WorkbenchContext.class).newInstance(context);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("No controller " + type.getName() + "(WorkbenchContext)", e);
            }
        });
        return loader;
    }

    /**
     * This window built anew in the session language on the same context: the same screen shown, each
     * screen's state carried over; this window is disposed, so that its screens can be collected.
     */
    public MainWindow rebuilt() {
        Screen shown = controller.shownScreen();
        Map<Screen, WorkbenchScreen.State> states = controller.states();
        controller.dispose();
        MainWindow next = load(context);
        next.controller.carry(states);
        if (shown != null) {
            next.controller.show(shown);
        }
        return next;
    }

    public Parent root() {
        return root;
    }

    public MainWindowController controller() {
        return controller;
    }
}
