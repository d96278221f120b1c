package tenken.graph.evidence;

import tenken.graph.concentration.Concentration;
import tenken.store.assessment.Requirement;

/**
 * World supply of one item in one year as the analysis engine measures it: the top supplier's share,
 * the Herfindahl–Hirschman index and the level. Requirement 2: supply concentrated in a few countries.
 */
public record ConcentrationFigure(Concentration concentration, String source) implements Evidence {

    /** The index is shown on the customary 0–10,000 scale (shares in percent), the engine's × 10,000. */
    private static final double HHI_POINTS = 10_000;

    @Override
    public Requirement requirement() {
        return Requirement.EXTERNAL_DEPENDENCE;
    }

    @Override
    public String describe(EvidenceText text) {
        Concentration c = concentration;
        String top = c.topCountry() == null ? text.message("assessment.notGiven") : text.country(c.topCountry());
        return text.message("assessment.evidence.concentration", text.material(c.item().material()),
                text.stage(c.item().stage()), top, text.percent(c.topShare()), text.number(c.hhi() * HHI_POINTS, 0),
                text.message("assessment.level." + c.level().key()));
    }

    @Override
    public String source(EvidenceText text) {
        return source;
    }

    @Override
    public String year() {
        return String.valueOf(concentration.year());
    }
}
