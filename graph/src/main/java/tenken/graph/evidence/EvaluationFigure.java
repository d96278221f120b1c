package tenken.graph.evidence;

import tenken.store.assessment.Requirement;
import tenken.store.followup.Evaluation;

/**
 * Requirement 4: the follow-up's evaluation of the material's progress toward its target — the mark,
 * its definition and the document's text, with the reader's note where the mark was judged from the text.
 */
public record EvaluationFigure(Evaluation evaluation) implements Evidence {

    @Override
    public Requirement requirement() {
        return Requirement.MEASURE_NECESSITY;
    }

    @Override
    public String describe(EvidenceText text) {
        String note = evaluation.note().in(text.language());
        return text.message(note.isEmpty() ? "followup.evidence.evaluation" : "followup.evidence.evaluationNoted",
                evaluation.mark().symbol(), text.message("followup.mark." + evaluation.mark().key()),
                evaluation.text(text.language()), note);
    }

    @Override
    public String source(EvidenceText text) {
        return evaluation.source();
    }

    @Override
    public String year() {
        return evaluation.asOf().toString();
    }
}
