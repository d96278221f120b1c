package tenken.views.assessment;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tenken.store.assessment.AssessmentVersion;
import tenken.store.assessment.VersionDiff;
import tenken.views.model.AssessmentText;
import tenken.views.model.ChangeText;

/**
 * The versions of the material's assessment, newest first, with what the selected one changed; opens a
 * version to revise it, or compares two side by side.
 */
final class HistoryPanel extends VBox {

    private final ListView<AssessmentVersion> versions = new ListView<>();
    private final Label changes = EvidencePanel.wrapped("", "text-small");
    private final Button open = new Button();
    private final Button compare = new Button();
    /** How much of a change note the list shows, in characters. */
    private static final int NOTE_EXCERPT = 60;

    private final List<AssessmentVersion> history;

    HistoryPanel(List<AssessmentVersion> history, AssessmentText words, Consumer<AssessmentVersion> onOpen,
            Consumer<List<AssessmentVersion>> onCompare) {
        super(8);
        this.history = history;
        setId("history");
        getStyleClass().add("assessment-history");
        versions.setId("versions");
        versions.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        versions.setCellFactory(list -> new VersionCell(words));
        versions.setPlaceholder(new Label(words.message("assessment.screen.noHistory")));
        VBox.setVgrow(versions, Priority.ALWAYS);
        open.setText(words.message("assessment.screen.open"));
        open.setId("openVersion");
        compare.setText(words.message("assessment.screen.compare"));
        compare.setId("compareVersions");
        open.setOnAction(event -> onOpen.accept(versions.getSelectionModel().getSelectedItem()));
        compare.setOnAction(event -> onCompare.accept(List.copyOf(versions.getSelectionModel().getSelectedItems())));
        versions.getSelectionModel().getSelectedItems().addListener((ListChangeListener<AssessmentVersion>) c ->
                selectionChanged(words));
        selectionChanged(words);
        changes.setId("versionChanges");
        changes.getStyleClass().add("text-muted");
        getChildren().addAll(EvidencePanel.wrapped(words.message("assessment.screen.history"), "title-4"), versions,
                changes, actions(),
                EvidencePanel.wrapped(words.message("assessment.screen.compareHint"), "text-small"));
    }

    /** The two buttons one above the other, each the panel's width, their words wrapped rather than cut. */
    private VBox actions() {
        for (Button button : new Button[] {open, compare}) {
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        return new VBox(8, open, compare);
    }

    /** Shows the history, newest first. */
    void show(List<AssessmentVersion> oldestFirst) {
        List<AssessmentVersion> newestFirst = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(newestFirst);
        versions.getItems().setAll(newestFirst);
    }

    private void selectionChanged(AssessmentText words) {
        List<AssessmentVersion> selected = versions.getSelectionModel().getSelectedItems();
        open.setDisable(selected.size() != 1);
        compare.setDisable(selected.size() != 2);
        if (selected.size() != 1 || selected.get(0) == null) {
            changes.setText("");
            return;
        }
        ChangeText text = new ChangeText(words);
        AssessmentVersion version = selected.get(0);
        List<VersionDiff.Change> diff = VersionDiff.introducedBy(history, version);
        String what = diff.isEmpty() ? words.message("assessment.screen.noChanges")
                : diff.stream().map(text::describe).collect(Collectors.joining("\n"));
        // The list shows a note's first words; the whole note is here with what the version changed.
        changes.setText(version.changeNote().isEmpty() ? what
                : words.message("assessment.screen.noteLine", version.changeNote()) + "\n" + what);
    }

    /** A version: number, assessor (or the reference mark), time and change note. */
    private static final class VersionCell extends ListCell<AssessmentVersion> {
        private final AssessmentText words;

        VersionCell(AssessmentText words) {
            this.words = words;
            setWrapText(true);
            // A zero preferred width lets the cell take the list's width and wrap, instead of scrolling sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(AssessmentVersion version, boolean empty) {
            super.updateItem(version, empty);
            if (empty || version == null) {
                setText(null);
                return;
            }
            String line = words.message("assessment.screen.versionLine", String.valueOf(version.version()),
                    words.assessor(version), words.recorded(version));
            setText(version.changeNote().isEmpty() ? line : line + "\n" + excerpt(version.changeNote()));
        }
    }

    /** The note's first words, cut at a word and marked as cut; the whole note shows under the list when selected. */
    static String excerpt(String note) {
        String firstLine = note.lines().findFirst().orElse("").strip();
        if (firstLine.length() <= NOTE_EXCERPT && firstLine.length() == note.strip().length()) {
            return firstLine;
        }
        int end = Math.min(firstLine.length(), NOTE_EXCERPT);
        int space = firstLine.lastIndexOf(' ', end);
        return (space > NOTE_EXCERPT / 2 ? firstLine.substring(0, space) : firstLine.substring(0, end)).strip() + "…";
    }
}
