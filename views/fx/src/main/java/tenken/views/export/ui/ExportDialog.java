package tenken.views.export.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import tenken.assets.Messages;
import tenken.views.export.ExportFormat;
import tenken.views.export.ExportTheme;
import tenken.views.export.ScreenExport;
import tenken.views.workbench.DialogButtons;

/**
 * Asks how to export: format, theme (print or projector), PNG scale and background, the handling
 * marking (remembered for this workstation), and for PDF and PowerPoint which screens' pictures go in.
 */
final class ExportDialog extends Dialog<ExportChoice> {

    static final Set<ExportFormat> PICTURE_FORMATS = EnumSet.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF,
            ExportFormat.PPTX);

    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final ComboBox<ExportTheme> theme = new ComboBox<>(FXCollections.observableArrayList(ExportTheme.values()));
    private final ComboBox<Integer> scale = new ComboBox<>(FXCollections.observableArrayList(1, 2, 4));
    private final CheckBox transparent = new CheckBox(Messages.get("export.dialog.transparent"));
    private final TextField classification = new TextField();
    private final List<CheckBox> pictures = new ArrayList<>();

    /** {@code theme}: the one offered first (projector while the window is in presentation mode). */
    ExportDialog(Window owner, List<ScreenExport> screens, String marking, ExportTheme initialTheme) {
        initOwner(owner);
        setTitle(Messages.get("export.dialog.title"));
        setHeaderText(screens.get(0).title());
        ButtonType export = new ButtonType(Messages.get("export.dialog.export"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(export, DialogButtons.cancel());

        List<ExportFormat> formats = new ArrayList<>(PICTURE_FORMATS);
        if (screens.get(0).offersGraphFiles()) {
            formats.add(ExportFormat.GRAPHML);
            formats.add(ExportFormat.GEXF);
        }
        format.setItems(FXCollections.observableArrayList(formats));
        format.setCellFactory(list -> new NamedCell<>(f -> Messages.get("export.format." + f.extension())));
        format.setButtonCell(new NamedCell<>(f -> Messages.get("export.format." + f.extension())));
        format.setValue(ExportFormat.PPTX);
        theme.setCellFactory(list -> new NamedCell<>(t -> Messages.get("export.theme." + t.key())));
        theme.setButtonCell(new NamedCell<>(t -> Messages.get("export.theme." + t.key())));
        theme.setValue(initialTheme);
        scale.setCellFactory(list -> new NamedCell<>(s -> Messages.get("export.scale", String.valueOf(s))));
        scale.setButtonCell(new NamedCell<>(s -> Messages.get("export.scale", String.valueOf(s))));
        scale.setValue(2);
        classification.setText(marking);
        classification.setPromptText(Messages.get("export.dialog.classificationPrompt"));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(Messages.get("export.dialog.format")), format);
        grid.addRow(1, new Label(Messages.get("export.dialog.theme")), theme);
        grid.addRow(2, new Label(Messages.get("export.dialog.scale")), scale);
        grid.add(transparent, 1, 3);
        grid.addRow(4, new Label(Messages.get("export.dialog.classification")), classification);
        VBox pictureBox = new VBox(4);
        for (ScreenExport screen : screens) {
            CheckBox box = new CheckBox(screen.title());
            box.setUserData(screen);
            box.setSelected(pictures.isEmpty());
            // The shown screen's picture is always in; the others may join a PDF or a deck.
            box.setDisable(pictures.isEmpty());
            pictures.add(box);
            pictureBox.getChildren().add(box);
        }
        if (screens.size() > 1) {
            grid.addRow(5, new Label(Messages.get("export.dialog.pictures")), pictureBox);
        }
        getDialogPane().setContent(grid);

        format.valueProperty().addListener((obs, old, chosen) -> enableFor(chosen));
        enableFor(format.getValue());
        setResultConverter(button -> button == export ? choice() : null);
    }

    /** Scale and background only for PNG, theme not for graph files, extra pictures only for PDF and decks. */
    private void enableFor(ExportFormat chosen) {
        boolean png = chosen == ExportFormat.PNG;
        scale.setDisable(!png);
        transparent.setDisable(!png);
        theme.setDisable(chosen.kind() == ExportFormat.Kind.GRAPH);
        classification.setDisable(chosen.kind() == ExportFormat.Kind.GRAPH);
        for (int i = 1; i < pictures.size(); i++) {
            pictures.get(i).setDisable(!chosen.holdsSeveralPictures());
        }
    }

    private ExportChoice choice() {
        ExportFormat chosen = format.getValue();
        List<ScreenExport> screens = new ArrayList<>();
        for (CheckBox box : pictures) {
            if (box.isSelected() && (screens.isEmpty() || chosen.holdsSeveralPictures())) {
                screens.add((ScreenExport) box.getUserData());
            }
        }
        return new ExportChoice(screens, chosen, theme.getValue(), scale.getValue(), transparent.isSelected(),
                classification.getText() == null ? "" : classification.getText().strip());
    }

    /** A combo box cell showing a value by its name in the session language. */
    private static final class NamedCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> name;

        NamedCell(java.util.function.Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : name.apply(item));
        }
    }
}
