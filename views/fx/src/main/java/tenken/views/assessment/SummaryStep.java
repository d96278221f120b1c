package tenken.views.assessment;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import tenken.store.assessment.Findings;
import tenken.store.assessment.Judgment;
import tenken.store.assessment.Outcome;
import tenken.store.assessment.Requirement;
import tenken.views.model.AssessmentText;

/** The last step: the outcome by the rule that all four must be met, and the judgment on each requirement. */
final class SummaryStep extends VBox {

    private final Label headline = EvidencePanel.wrapped("", "title-2");
    private final VBox reasons = new VBox(6);
    private final VBox judgments = new VBox(6);
    private final Label rule = EvidencePanel.wrapped("", "text-muted");

    SummaryStep() {
        super(12);
        setId("summary");
        getStyleClass().add("assessment-step");
        headline.setId("outcome");
        getChildren().addAll(headline, reasons, judgments, rule);
    }

    void refresh(AssessmentText words, Findings findings) {
        Outcome outcome = Outcome.of(findings);
        headline.setText(words.outcomeHeadline(outcome));
        headline.getStyleClass().removeAll("success", "danger", "warning");
        headline.getStyleClass().add(outcome.candidate() ? "success" : outcome.rejected() ? "danger" : "warning");
        reasons.getChildren().setAll(words.outcomeReasons(outcome, findings).stream()
                .map(reason -> EvidencePanel.wrapped(words.message("common.bullet") + reason, "assessment-reason")).toList());
        judgments.getChildren().clear();
        judgments.getChildren().add(EvidencePanel.wrapped(words.message("assessment.screen.judgments"), "title-4"));
        for (Requirement requirement : Requirement.values()) {
            Judgment judgment = findings.of(requirement).judgment();
            Label line = EvidencePanel.wrapped(words.message("assessment.screen.judgmentLine",
                    words.heading(requirement), words.judgment(judgment)), "assessment-judgment-" + judgment.code());
            judgments.getChildren().add(line);
        }
        rule.setText(words.message("assessment.screen.rule"));
    }
}
