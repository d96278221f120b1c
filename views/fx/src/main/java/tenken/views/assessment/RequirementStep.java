package tenken.views.assessment;

import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import tenken.graph.evidence.EvidenceText;
import tenken.graph.evidence.MaterialEvidence;
import tenken.store.assessment.Finding;
import tenken.store.assessment.Judgment;
import tenken.store.assessment.Requirement;
import tenken.store.assessment.RequirementDefinition;
import tenken.views.model.AssessmentText;

/**
 * One step of the walkthrough: the requirement's official text in Japanese and English, the evidence
 * from the data, and the analyst's judgment, rationale and references. Everything wraps, so that the
 * projector's large type reflows instead of being cut off.
 */
final class RequirementStep extends VBox {

    private final Requirement requirement;
    private final AssessmentViewModel model;
    private final Label title = EvidencePanel.wrapped("", "title-2");
    private final Label definitionJa = EvidencePanel.wrapped("", "assessment-definition");
    private final Label definitionEn = EvidencePanel.wrapped("", "assessment-definition-en");
    private final Label definitionSource = EvidencePanel.wrapped("", "text-small");
    private final EvidencePanel evidence = new EvidencePanel();
    private final ToggleGroup judgment = new ToggleGroup();
    private final TextArea rationale = new TextArea();
    private final Label rationaleEn = EvidencePanel.wrapped("", "text-muted");
    private final TextArea references = new TextArea();
    /** Set while the fields are filled from the model, so that filling them is not taken for an edit. */
    private boolean filling;

    RequirementStep(Requirement requirement, AssessmentViewModel model, AssessmentText words,
            javafx.beans.value.ObservableBooleanValue presenting) {
        super(10);
        this.requirement = requirement;
        this.model = model;
        getStyleClass().add("assessment-step");
        setId("step" + requirement.number());
        definitionEn.getStyleClass().add("text-muted");
        definitionSource.getStyleClass().add("text-muted");
        FlowPane judgments = new FlowPane(16, 8);
        for (Judgment value : Judgment.values()) {
            RadioButton button = new RadioButton(words.judgment(value));
            button.setUserData(value);
            button.setToggleGroup(judgment);
            button.setId("judgment-" + requirement.number() + "-" + value.code());
            judgments.getChildren().add(button);
        }
        rationale.setWrapText(true);
        rationale.setPrefRowCount(4);
        rationale.setId("rationale" + requirement.number());
        references.setWrapText(true);
        references.setPrefRowCount(2);
        references.setId("references" + requirement.number());
        // They grow into the page's spare height, and never shrink below their rows or their whole text (the page
        // scrolls instead).
        for (javafx.scene.control.TextArea box : new javafx.scene.control.TextArea[] {rationale, references}) {
            setVgrow(box, javafx.scene.layout.Priority.ALWAYS);
            box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            WholeText.keep(box);
        }
        references.setPromptText(words.message("assessment.screen.referencesPrompt"));
        evidence.setId("evidence" + requirement.number());
        getChildren().addAll(title, definitionJa, definitionEn, definitionSource,
                EvidencePanel.wrapped(words.message("assessment.screen.evidence"), "title-4"), evidence,
                EvidencePanel.wrapped(words.message("assessment.screen.judgment"), "title-4"), judgments,
                EvidencePanel.wrapped(words.message("assessment.screen.rationale"), "title-4"), rationale, rationaleEn,
                EvidencePanel.wrapped(words.message("assessment.screen.references"), "title-4"), references);
        // On the projector the Japanese requirement and the evidence are what the room reads: the English
        // rendering and the citation give way to them.
        for (Label secondary : new Label[] {definitionEn, definitionSource}) {
            secondary.visibleProperty().bind(javafx.beans.binding.Bindings.not(presenting));
            secondary.managedProperty().bind(secondary.visibleProperty());
        }
        judgment.selectedToggleProperty().addListener((obs, old, selected) -> edited());
        rationale.textProperty().addListener((obs, old, text) -> edited());
        references.textProperty().addListener((obs, old, text) -> edited());
    }

    /** Shows the requirement's text, the draft's finding and the evidence, in {@code words}' language. */
    void refresh(AssessmentText words, EvidenceText figures, MaterialEvidence computed) {
        filling = true;
        try {
            title.setText(words.heading(requirement));
            RequirementDefinition definition = words.definition(requirement).orElse(null);
            definitionJa.setText(definition == null ? "" : definition.definitionJa());
            definitionEn.setText(definition == null ? "" : definition.definitionEn());
            definitionSource.setText(definition == null ? ""
                    : words.message("assessment.evidence.sourceOnly", definition.source()));
            evidence.show(computed == null ? null : computed.of(requirement), figures, words);
            Finding finding = model.draftProperty().get().of(requirement);
            for (Toggle toggle : judgment.getToggles()) {
                toggle.setSelected(toggle.getUserData() == finding.judgment());
            }
            if (!rationale.getText().strip().equals(finding.rationale())) {
                rationale.setText(finding.rationale());
            }
            if (!references.getText().strip().equals(finding.references())) {
                references.setText(finding.references());
            }
            boolean english = "en".equals(words.language()) && !finding.rationaleEn().isEmpty();
            rationaleEn.setText(english ? words.message("assessment.screen.rationaleEn", finding.rationaleEn()) : "");
            rationaleEn.setManaged(english);
            rationaleEn.setVisible(english);
        } finally {
            filling = false;
        }
    }

    private void edited() {
        if (filling || judgment.getSelectedToggle() == null) {
            return;
        }
        model.edit(requirement, (Judgment) judgment.getSelectedToggle().getUserData(), rationale.getText(),
                references.getText());
    }
}
