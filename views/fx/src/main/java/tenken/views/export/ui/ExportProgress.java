package tenken.views.export.ui;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import tenken.assets.Messages;
import tenken.store.progress.ProgressMonitor;
import tenken.views.export.ExportRequest;
import tenken.views.workbench.WorkbenchContext;

/**
 * Runs an export off the FX thread with a progress dialog: the bar follows the layout and the writing,
 * Cancel stops it (no file is left behind), and the dialog ends saying where the file went or why not.
 */
final class ExportProgress {

    private ExportProgress() {
    }

    static Task<Path> run(Window owner, WorkbenchContext context, ExportRequest request) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                request.run(new ProgressMonitor() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return stopped();
                    }
                });
                return request.target();
            }

            private boolean stopped() {
                return isCancelled();
            }
        };
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("export.progress.title"));
        Label message = new Label(Messages.get("export.progress.running", request.target().getFileName().toString()));
        message.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        VBox content = new VBox(10, message, bar);
        content.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
        dialog.setOnCloseRequest(event -> {
            if (task.isRunning()) {
                task.cancel(true);
            }
        });
        task.setOnSucceeded(event -> finish(dialog, bar, message,
                Messages.get("export.done", request.target().toAbsolutePath().toString(), request.format().extension())));
        task.setOnCancelled(event -> finish(dialog, bar, message, Messages.get("export.progress.cancelled")));
        task.setOnFailed(event -> finish(dialog, bar, message, task.getException() instanceof CancellationException
                ? Messages.get("export.progress.cancelled")
                : Messages.get("export.progress.failed", String.valueOf(task.getException().getMessage()))));
        dialog.show();
        context.run(task);
        return task;
    }

    private static void finish(Dialog<Void> dialog, ProgressBar bar, Label message, String text) {
        bar.progressProperty().unbind();
        bar.setProgress(1);
        message.setText(text);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }
}
