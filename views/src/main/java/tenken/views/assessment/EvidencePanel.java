package tenken.views.assessment;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import tenken.graph.evidence.Evidence;
import tenken.graph.evidence.EvidenceText;

/** The evidence for one requirement: each figure on its own line, its source and year under it. */
final class EvidencePanel extends VBox {

    EvidencePanel() {
        super(6);
        getStyleClass().add("assessment-evidence");
    }

    void show(List<Evidence> evidence, EvidenceText figures, AssessmentText words) {
        getChildren().clear();
        if (evidence == null) {
            getChildren().add(wrapped(words.message("assessment.screen.computing"), "text-muted"));
            return;
        }
        for (Evidence figure : evidence) {
            Label line = wrapped(figure.describe(figures), "assessment-evidence-figure");
            Label source = wrapped(words.source(figure, figures), "text-small");
            source.getStyleClass().add("text-muted");
            VBox entry = new VBox(1, line, source);
            entry.getStyleClass().add("assessment-evidence-entry");
            getChildren().add(entry);
        }
    }

    static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
