package tenken.graph.evidence;

import tenken.graph.concentration.Concentration;
import tenken.store.assessment.Requirement;
import tenken.store.model.Country;
import tenken.store.model.SupplyShare;

/**
 * Supply of one item in one year as the analysis engine measures it: the top supplier's share, the
 * Herfindahl–Hirschman index and the level. Requirement 2: supply concentrated in a few countries.
 *
 * @param concentration of Japan's own sourcing, or of world production ({@code WLD})
 * @param cited the largest share of the group: its source, basis, quality and note are the figure's
 */
public record ConcentrationFigure(Concentration concentration, SupplyShare cited) implements Evidence {

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
                text.message("assessment.level." + c.level().key()), supply(text));
    }

    /** Whose supply: world production, or the consumer's own sourcing (日本の調達). */
    String supply(EvidenceText text) {
        return Country.WORLD.equals(concentration.consumer()) ? text.message("assessment.evidence.worldProduction")
                : text.message("assessment.evidence.sourcingOf", text.country(concentration.consumer()));
    }

    @Override
    public String source(EvidenceText text) {
        return text.citation(cited);
    }

    @Override
    public String year() {
        return String.valueOf(concentration.year());
    }
}
