package tenken.views.export.ui;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import tenken.assets.Messages;
import tenken.store.assessment.Workstation;
import tenken.views.export.ExportRequest;
import tenken.views.export.ExportStamp;
import tenken.views.export.ExportTheme;
import tenken.views.export.PictureExporter;
import tenken.views.export.PptxRenderer;
import tenken.views.export.ScreenExport;
import tenken.views.model.Screen;
import tenken.views.workbench.WorkbenchContext;
import tenken.views.workbench.WorkbenchScreen;

/**
 * The window's Export… action (File menu, Ctrl+Shift+S) on the chokepoint and dependency screens:
 * takes what the screens show, asks how to export and where, and writes the file in the background.
 */
public final class WindowExport {

    /** Where the last export went, so that the next one starts there. */
    private static File lastFolder;

    private WindowExport() {
    }

    /** Whether the action applies to {@code screen}. */
    public static boolean exports(Screen screen) {
        return ScreenCaptures.exports(screen);
    }

    /**
     * Runs the action. {@code built} gives each screen built so far (null for
     * one not built); returns the export task, or null when the user cancelled or there was nothing.
     */
    public static Task<?> start(Window owner, WorkbenchContext context, Screen shown,
            Function<Screen, WorkbenchScreen> built) {
        List<ScreenExport> screens = ScreenCaptures.of(shown, built, context.analysis());
        if (screens.isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("export.nothing"));
            alert.initOwner(owner);
            alert.showAndWait();
            return null;
        }
        context.run(new Task<Void>() {
            @Override
            protected Void call() {
                PptxRenderer.warmUp();
                return null;
            }
        });
        Workstation workstation = Workstation.current();
        String marking = workstation.classification().orElse("");
        ExportTheme theme = context.presentationProperty().get() ? ExportTheme.PROJECTOR : ExportTheme.PRINT;
        Optional<ExportChoice> answer = new ExportDialog(owner, screens, marking, theme).showAndWait();
        if (answer.isEmpty()) {
            return null;
        }
        ExportChoice choice = answer.get();
        if (!choice.classification().equals(marking)) {
            workstation.setClassification(choice.classification());
        }
        File file = chooseFile(owner, choice);
        if (file == null) {
            return null;
        }
        lastFolder = file.getParentFile();
        ExportRequest request = new ExportRequest(choice.screens(), choice.format(), choice.theme(),
                new PictureExporter(choice.scale(), choice.transparent()),
                new ExportStamp(LocalDate.now(), Optional.of(choice.classification())), file.toPath());
        return ExportProgress.run(owner, context, request);
    }

    private static File chooseFile(Window owner, ExportChoice choice) {
        String extension = choice.format().extension();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.dialog.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get("export.format." + extension), "*." + extension));
        chooser.setInitialFileName(fileName(choice.screens().get(0).title()) + "." + extension);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner);
        // Some platforms' dialogs return the name as typed, without the extension the filter implies.
        return file == null || file.getName().contains(".") ? file
                : new File(file.getParentFile(), file.getName() + "." + extension);
    }

    /** A title as a file name: without the characters Windows and macOS refuse. */
    static String fileName(String title) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() ? "tenken" : name;
    }
}
