package tenken.views.imports;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CancellationException;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import tenken.assets.Messages;
import tenken.store.csv.ImportException;
import tenken.store.csv.ImportProblem;
import tenken.store.csv.TextDecoder;
import tenken.store.io.CatalogueImporter;
import tenken.store.progress.ProgressMonitor;
import tenken.store.trade.TradeFormat;
import tenken.store.trade.TradeStatistics;
import tenken.views.workbench.Themes;
import tenken.views.workbench.WorkbenchContext;

/**
 * Imports a shares, input-relations, materials or trade-statistics file off the FX thread with progress and
 * cancel; a refused file shows every problem as {@code FILE:LINE: field: reason} in a list, and nothing is
 * written.
 */
public final class ImportDialog {

    /** What the chosen file holds; each kind has its menu item, its format line and its importer. */
    public enum Kind {
        SHARES("menu.file.importShares", "import.formatShares"),
        INPUTS("menu.file.importInputs", "import.formatInputs"),
        MATERIALS("menu.file.importMaterials", "import.formatMaterials"),
        TRADE("menu.file.importTrade", "import.formatTrade");

        private final String titleKey;
        private final String formatKey;

        Kind(String titleKey, String formatKey) {
            this.titleKey = titleKey;
            this.formatKey = formatKey;
        }
    }

    private final WorkbenchContext context;
    private final Kind kind;
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
    private final ComboBox<String> tradeFormat = new ComboBox<>();
    private final Label countriesLabel = new Label();
    private final Button countriesButton = new Button(Messages.get("import.chooseCountries"));
    private File file;
    private File countries;
    private Task<String> running;

    private ImportDialog(Window owner, WorkbenchContext context, Kind kind) {
        this.context = context;
        this.kind = kind;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get(kind.titleKey));
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
        Label header = new Label(Messages.get(kind.formatKey));
        header.setWrapText(true);
        status.setWrapText(true);
        fileLabel.setWrapText(true);
        // The description and the outcome keep every line they need; the problem list gives way instead.
        for (Label text : new Label[] {header, status, fileLabel}) {
            text.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox layout = new VBox(10, header, fileRow);
        if (kind == Kind.TRADE) {
            tradeFormat.getItems().add(Messages.get("import.tradeFormat.auto"));
            for (TradeFormat format : TradeFormat.values()) {
                tradeFormat.getItems().add(format.key());
            }
            tradeFormat.getSelectionModel().selectFirst();
            countriesButton.setOnAction(event -> chooseCountries());
            layout.getChildren().addAll(new HBox(8, countriesButton, countriesLabel),
                    new HBox(8, new Label(Messages.get("import.tradeFormat")), tradeFormat));
        }
        layout.getChildren().addAll(encodingRow, progress, status,
                new Label(Messages.get("import.problems")), problems, buttons);
        VBox.setVgrow(problems, Priority.ALWAYS);
        layout.setPadding(new Insets(16));
        // As wide as about 54 characters of its type, and as tall as its wrapped description needs.
        layout.setStyle("-fx-pref-width: 54em;");
        problems.setPrefHeight(240);
        Scene scene = new Scene(layout);
        Themes.style(scene);
        stage.setScene(scene);
    }

    /** Opens the dialog; it stays open after an import so that the result can be read. */
    public static ImportDialog show(Window owner, WorkbenchContext context, Kind kind) {
        ImportDialog dialog = new ImportDialog(owner, context, kind);
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

    /** For a trade file: BACI's {@code country_codes} file, or a Japan Customs country table (optional). */
    public void useCountries(File chosen) {
        countries = chosen;
        countriesLabel.setText(chosen == null ? "" : chosen.getAbsolutePath());
    }

    private void chooseCountries() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.chooseCountries"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            useCountries(chosen);
        }
    }

    private TradeFormat chosenTradeFormat() {
        int index = tradeFormat.getSelectionModel().getSelectedIndex();
        return index <= 0 ? null : TradeFormat.values()[index - 1];
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
        File chosenCountries = countries;
        TradeFormat format = chosenTradeFormat();
        Task<String> task = new Task<>() {
            @Override
            protected String call() {
                ProgressMonitor monitor = new ProgressMonitor() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isCancelledTask();
                    }
                };
                return importChosen(chosen, chosenCountries, format, charset, monitor);
            }

            private boolean isCancelledTask() {
                return isCancelled();
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        status.setText(Messages.get("import.running", chosen.getName()));
        task.setOnSucceeded(event -> finished(() -> {
            status.setText(task.getValue());
            context.reload();
        }));
        task.setOnFailed(event -> finished(() -> showFailure(task.getException())));
        task.setOnCancelled(event -> finished(() -> status.setText(Messages.get("import.cancelled"))));
        running = task;
        startButton.setDisable(true);
        cancelButton.setDisable(false);
        context.run(task);
    }

    /** Runs the import of this dialog's kind and says what it did, in the words of the command line. */
    private String importChosen(File chosen, File chosenCountries, TradeFormat format, Charset charset,
            ProgressMonitor monitor) {
        if (kind == Kind.TRADE) {
            TradeStatistics.Summary summary = new TradeStatistics(context.database()).importFile(chosen.toPath(),
                    format, chosenCountries == null ? null : chosenCountries.toPath(), charset, monitor);
            return Messages.get("cli.trade.imported", summary.file(), summary.format().key(),
                    summary.rowsRead(), summary.flowsKept(), summary.derivedShares());
        }
        CatalogueImporter importer = new CatalogueImporter(context.database());
        CatalogueImporter.Summary summary = switch (kind) {
            case INPUTS -> importer.importInputs(chosen.toPath(), charset, monitor);
            case MATERIALS -> importer.importMaterials(chosen.toPath(), charset, monitor);
            default -> importer.importShares(chosen.toPath(), charset, monitor);
        };
        String done = switch (kind) {
            case INPUTS -> "cli.import.doneInputs";
            case MATERIALS -> "cli.import.doneMaterials";
            default -> "cli.import.doneShares";
        };
        return Messages.get(done, summary.file(), summary.rows(), summary.groups(),
                summary.charset().name());
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
        } else if (failure instanceof CancellationException) {
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

    /** For tests: how far the last import got, 0 to 1. */
    public double progressValue() {
        return progress.getProgress();
    }

    public String statusText() {
        return status.getText();
    }

    public Stage stage() {
        return stage;
    }
}
