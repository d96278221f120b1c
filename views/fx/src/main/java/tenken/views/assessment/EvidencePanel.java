package tenken.views.assessment;

import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import tenken.graph.evidence.Evidence;
import tenken.graph.evidence.EvidenceText;
import tenken.views.model.AssessmentText;

/** The evidence for one requirement: each figure on its own line, its source and year under it. */
final class EvidencePanel extends VBox {

    /** How many figures show before the rest is asked for. */
    static final int FIRST_SHOWN = 6;

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
        // The most telling figures come first; a long tail would push the judgment off a projected screen.
        List<Evidence> shown = evidence.size() > FIRST_SHOWN + 1 ? evidence.subList(0, FIRST_SHOWN) : evidence;
        add(shown, figures, words);
        if (shown.size() < evidence.size()) {
            Hyperlink more = new Hyperlink(words.message("assessment.screen.moreEvidence",
                    String.valueOf(evidence.size() - shown.size())));
            more.setId("moreEvidence");
            more.setOnAction(event -> {
                getChildren().remove(more);
                add(evidence.subList(shown.size(), evidence.size()), figures, words);
            });
            getChildren().add(more);
        }
    }

    private void add(List<Evidence> evidence, EvidenceText figures, AssessmentText words) {
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
