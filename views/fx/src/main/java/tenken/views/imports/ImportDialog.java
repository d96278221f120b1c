package tenken.views.imports;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import tenken.assets.Messages;
import tenken.store.csv.ImportCancelledException;
import tenken.store.csv.ImportException;
import tenken.store.csv.ImportMonitor;
import tenken.store.csv.ImportProblem;
import tenken.store.csv.TextDecoder;
import tenken.store.io.CatalogueImporter;
import tenken.views.workbench.Themes;
import tenken.views.workbench.WorkbenchContext;

/**
 * Imports a shares or input-relations CSV off the FX thread with progress and cancel; a refused file
 * shows every problem as {@code FILE:LINE: field: reason} in a list, and nothing is written.
 */
public final class ImportDialog {

    private final WorkbenchContext context;
    private final boolean inputs;
    private final Stage stage = new Stage();
    private final Label fileLabel = new Label();
    private final ComboBox<String> encoding = new ComboBox<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final ListView<String> problems = new ListView<>();
    private final Button chooseButton = new Button(Messages.get("import.choose"));
    private final Button startButton = new Button(Messages.get("import.start"));
    private final Button cancelButton = new Button(Messages.get("import.cancel"));
    private final Button closeButton = new Button(Messages.get("import.close"));
    private File file;
    private Task<CatalogueImporter.Summary> running;

    private ImportDialog(Window owner, WorkbenchContext context, boolean inputs) {
        this.context = context;
        this.inputs = inputs;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get(inputs ? "menu.file.importInputs" : "menu.file.importShares"));
        encoding.getItems().setAll(Messages.get("import.encoding.auto"), "UTF-8", "Shift_JIS (Windows-31J)");
        encoding.getSelectionModel().selectFirst();
        progress.setMaxWidth(Double.MAX_VALUE);
        problems.getStyleClass().add("problem-list");
        problems.setPlaceholder(new Label(Messages.get("import.noProblems")));
        chooseButton.setOnAction(event -> choose());
        startButton.setOnAction(event -> start());
        startButton.setDefaultButton(true);
        startButton.setDisable(true);
        cancelButton.setOnAction(event -> cancel());
        cancelButton.setDisable(true);
        closeButton.setOnAction(event -> stage.close());
        closeButton.setCancelButton(true);
        stage.setOnCloseRequest(event -> cancel());
        ButtonBar.setButtonData(startButton, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancelButton, ButtonBar.ButtonData.OTHER);
        ButtonBar.setButtonData(closeButton, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(startButton, cancelButton, closeButton);
        HBox fileRow = new HBox(8, chooseButton, fileLabel);
        HBox encodingRow = new HBox(8, new Label(Messages.get("import.encoding")), encoding);
        Label header = new Label(Messages.get(inputs ? "import.formatInputs" : "import.formatShares"));
        header.setWrapText(true);
        VBox layout = new VBox(10, header, fileRow, encodingRow, progress, status,
                new Label(Messages.get("import.problems")), problems, buttons);
        VBox.setVgrow(problems, Priority.ALWAYS);
        layout.setPadding(new Insets(16));
        Scene scene = new Scene(layout, 760, 520);
        Themes.style(scene);
        stage.setScene(scene);
    }

    /** Opens the dialog; it stays open after an import so that the result can be read. */
    public static ImportDialog show(Window owner, WorkbenchContext context, boolean inputs) {
        ImportDialog dialog = new ImportDialog(owner, context, inputs);
        dialog.stage.show();
        return dialog;
    }

    /** Starts importing {@code chosen} straight away (the file chooser's result, or a test's file). */
    public void importFile(File chosen) {
        file = chosen;
        fileLabel.setText(chosen.getAbsolutePath());
        startButton.setDisable(false);
        start();
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            file = chosen;
            fileLabel.setText(chosen.getAbsolutePath());
            startButton.setDisable(false);
        }
    }

    private Charset chosenEncoding() {
        return switch (encoding.getSelectionModel().getSelectedIndex()) {
            case 1 -> StandardCharsets.UTF_8;
            case 2 -> TextDecoder.WINDOWS_31J;
            default -> null;
        };
    }

    private void start() {
        if (file == null || running != null) {
            return;
        }
        problems.getItems().clear();
        Charset charset = chosenEncoding();
        File chosen = file;
        Task<CatalogueImporter.Summary> task = new Task<>() {
            @Override
            protected CatalogueImporter.Summary call() {
                CatalogueImporter importer = new CatalogueImporter(context.database());
                ImportMonitor monitor = new ImportMonitor() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isCancelledTask();
                    }
                };
                return inputs
                        ? importer.importInputs(chosen.toPath(), charset, monitor)
                        : importer.importShares(chosen.toPath(), charset, monitor);
            }

            private boolean isCancelledTask() {
                return isCancelled();
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        status.setText(Messages.get("import.running", chosen.getName()));
        task.setOnSucceeded(event -> finished(() -> {
            CatalogueImporter.Summary summary = task.getValue();
            status.setText(Messages.get(inputs ? "cli.import.doneInputs" : "cli.import.doneShares", summary.file(),
                    String.valueOf(summary.rows()), String.valueOf(summary.groups()), summary.charset().name()));
            context.reload();
        }));
        task.setOnFailed(event -> finished(() -> showFailure(task.getException())));
        task.setOnCancelled(event -> finished(() -> status.setText(Messages.get("import.cancelled"))));
        running = task;
        startButton.setDisable(true);
        cancelButton.setDisable(false);
        context.run(task);
    }

    private void finished(Runnable then) {
        progress.progressProperty().unbind();
        running = null;
        startButton.setDisable(file == null);
        cancelButton.setDisable(true);
        then.run();
    }

    private void showFailure(Throwable failure) {
        if (failure instanceof ImportException refused) {
            List<String> lines = refused.problems().stream().map(ImportProblem::toString).toList();
            problems.getItems().setAll(lines);
            status.setText(Messages.get("cli.import.refused", String.valueOf(lines.size())));
        } else if (failure instanceof ImportCancelledException) {
            status.setText(Messages.get("import.cancelled"));
        } else {
            status.setText(String.valueOf(failure.getMessage()));
        }
    }

    private void cancel() {
        if (running != null) {
            running.cancel(false);
        }
    }

    /** For tests: the problems listed and the status line. */
    public List<String> problemLines() {
        return List.copyOf(problems.getItems());
    }

    public String statusText() {
        return status.getText();
    }

    public Stage stage() {
        return stage;
    }
}
