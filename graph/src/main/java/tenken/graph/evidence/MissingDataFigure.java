package tenken.graph.evidence;

import tenken.store.assessment.Requirement;

/**
 * Says that the data holds nothing for a requirement (no shares, no events), so that an empty evidence
 * panel reads as "no data" rather than as "no risk".
 */
public record MissingDataFigure(Requirement requirement, String materialKey) implements Evidence {

    @Override
    public String describe(EvidenceText text) {
        return text.message("assessment.evidence.missing." + requirement.number(), text.material(materialKey));
    }

    @Override
    public String source(EvidenceText text) {
        return text.message("assessment.evidence.source.catalogue");
    }

    @Override
    public String year() {
        return "";
    }
}
