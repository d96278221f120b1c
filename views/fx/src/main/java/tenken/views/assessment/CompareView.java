package tenken.views.assessment;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tenken.store.assessment.AssessmentVersion;
import tenken.store.assessment.Finding;
import tenken.store.assessment.Requirement;
import tenken.views.model.AssessmentText;

/**
 * Two versions side by side, older on the left: for each requirement the judgment, rationale and
 * references, with what differs marked.
 */
final class CompareView extends GridPane {

    static final String CHANGED = "assessment-changed";

    CompareView(AssessmentText words, AssessmentVersion first, AssessmentVersion second) {
        AssessmentVersion older = first.version() <= second.version() ? first : second;
        AssessmentVersion newer = older == first ? second : first;
        setId("compare");
        setHgap(16);
        setVgap(8);
        getStyleClass().add("assessment-compare");
        ColumnConstraints heading = new ColumnConstraints();
        heading.setPercentWidth(20);
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(40);
        column.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(heading, column, column);
        add(EvidencePanel.wrapped("", "title-4"), 0, 0);
        add(EvidencePanel.wrapped(title(words, older), "title-4"), 1, 0);
        add(EvidencePanel.wrapped(title(words, newer), "title-4"), 2, 0);
        int row = 1;
        for (Requirement requirement : Requirement.values()) {
            Finding before = older.findings().of(requirement);
            Finding after = newer.findings().of(requirement);
            add(EvidencePanel.wrapped(words.heading(requirement), "text-bold"), 0, row);
            add(cell(words, before, after), 1, row);
            add(cell(words, after, before), 2, row);
            row++;
        }
    }

    private static String title(AssessmentText words, AssessmentVersion version) {
        return words.message("assessment.screen.versionLine", String.valueOf(version.version()),
                words.assessor(version), words.recorded(version));
    }

    /** Judgment in bold, the rationale, the references in small type; marked when it differs. */
    private static VBox cell(AssessmentText words, Finding shown, Finding other) {
        Label references = EvidencePanel.wrapped(shown.references(), "text-small");
        references.getStyleClass().add("text-muted");
        VBox cell = new VBox(4, EvidencePanel.wrapped(words.judgment(shown.judgment()), "text-bold"),
                EvidencePanel.wrapped(shown.rationale().isEmpty() ? words.message("assessment.noRationale")
                        : shown.rationale(), "assessment-compare-rationale"), references);
        cell.getStyleClass().add("assessment-compare-cell");
        if (!shown.equals(other)) {
            cell.getStyleClass().add(CHANGED);
        }
        return cell;
    }
}
