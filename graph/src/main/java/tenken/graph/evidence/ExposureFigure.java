package tenken.graph.evidence;

import tenken.graph.network.Item;
import tenken.store.assessment.Requirement;
import tenken.store.model.SupplyShare;

/**
 * What a consumer (Japan) would lose of a material if one country stopped exporting, by the engine's
 * multi-tier look-through: the worst loss over the material's items and everything upstream of them,
 * at {@code item}. As requirement 2 evidence it is the dependence on the country that matters most; as
 * requirement 3 evidence it is one of the worst supplier-stop scenarios.
 *
 * @param loss the part of the consumer's supply lost (the engine's loss: supply the data leave unlisted is
 *     assumed unaffected)
 * @param coverage the sum of the shares listed for the consumer's sourcing of {@code item}; below 1 the
 *     loss can only be told for the listed part
 * @param insufficientData the look-through met an input without data (assumed unaffected)
 * @param dataYear the year of the consumer's sourcing of {@code item}
 * @param cited the largest share of that sourcing: the figure's source, basis, quality and note; a world
 *     share ({@code WLD}) when the consumer has none of its own, which the figure then says in words
 */
public record ExposureFigure(Requirement requirement, String consumer, String country, double loss, Item item,
        double coverage, boolean insufficientData, int dataYear, SupplyShare cited) implements Evidence {

    /** Listed shares summing to at least this much are complete; the seed's rounding stays under it. */
    private static final double COMPLETE = 0.995;

    @Override
    public String describe(EvidenceText text) {
        String key = requirement == Requirement.DISRUPTION_PROBABILITY
                ? "assessment.evidence.scenario" : "assessment.evidence.exposure";
        String line = text.message(key, text.country(consumer), text.country(country), text.percent(loss),
                text.material(item.material()), text.stage(item.stage()));
        if (coverage < COMPLETE) {
            line += text.message("assessment.evidence.partialCoverage", text.percent(coverage));
        }
        if (!cited.consumer().equals(consumer)) {
            line += text.message("assessment.evidence.worldStandsIn", text.country(consumer));
        }
        return insufficientData ? line + text.message("assessment.evidence.insufficientData") : line;
    }

    @Override
    public String source(EvidenceText text) {
        return text.citation(cited);
    }

    @Override
    public String year() {
        return String.valueOf(dataYear);
    }
}
