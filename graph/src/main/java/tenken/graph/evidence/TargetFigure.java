package tenken.graph.evidence;

import tenken.store.assessment.Requirement;
import tenken.store.followup.Target;

/** Requirement 4: a target the documents set for the material's supply assurance. */
public record TargetFigure(Target target) implements Evidence {

    @Override
    public Requirement requirement() {
        return Requirement.MEASURE_NECESSITY;
    }

    @Override
    public String describe(EvidenceText text) {
        return text.message("followup.evidence.target", target.text(text.language()));
    }

    @Override
    public String source(EvidenceText text) {
        return target.source();
    }

    @Override
    public String year() {
        return target.year() == null ? "" : String.valueOf(target.year());
    }
}
