package tenken.graph.evidence;

import tenken.store.assessment.Requirement;
import tenken.store.followup.Cause;

/** Requirement 4: a cause of plan changes and delays that the follow-up names the material under. */
public record CauseFigure(String materialKey, Cause cause) implements Evidence {

    @Override
    public Requirement requirement() {
        return Requirement.MEASURE_NECESSITY;
    }

    @Override
    public String describe(EvidenceText text) {
        return text.message("followup.evidence.cause", text.material(materialKey), String.valueOf(cause.round()),
                cause.title(text.language()));
    }

    @Override
    public String source(EvidenceText text) {
        return cause.source();
    }

    @Override
    public String year() {
        return "";
    }
}
