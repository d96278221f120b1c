package tenken.graph.evidence;

import tenken.store.assessment.Requirement;

/**
 * World supply of a material at a stage in a year: the top supplier's share, the Herfindahl–Hirschman
 * index (0 to 10,000) and the level. Requirement 2: supply concentrated in a few countries.
 */
public record ConcentrationFigure(String materialKey, String stage, int dataYear, String topSupplier, double topShare,
        double hhi, Level level, String source) implements Evidence {

    @Override
    public Requirement requirement() {
        return Requirement.EXTERNAL_DEPENDENCE;
    }

    @Override
    public String describe(EvidenceText text) {
        return text.message("assessment.evidence.concentration", text.material(materialKey), text.stage(stage),
                text.country(topSupplier), text.percent(topShare), text.number(hhi, 0), text.message(level.messageKey()));
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
