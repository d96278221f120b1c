package tenken.graph.evidence;

import tenken.store.assessment.Requirement;

/**
 * Look-through exposure of a consumer (Japan) to one supplier country: the share of the material's
 * supply that depends on that country somewhere in its chain, at the named input and stage. As
 * requirement 2 evidence it is the consumer's exposure to its largest supplier; as requirement 3
 * evidence it is the loss if that country stopped supplying (a scenario).
 */
public record ExposureFigure(Requirement requirement, String consumer, String country, double share,
        String viaMaterial, String viaStage, int dataYear, String source) implements Evidence {

    @Override
    public String describe(EvidenceText text) {
        String key = requirement == Requirement.DISRUPTION_PROBABILITY
                ? "assessment.evidence.scenario" : "assessment.evidence.exposure";
        return text.message(key, text.country(consumer), text.country(country), text.percent(share),
                text.material(viaMaterial), text.stage(viaStage));
    }

    @Override
    public String source(EvidenceText text) {
        return source;
    }

    @Override
    public String year() {
        return String.valueOf(dataYear);
    }
}
