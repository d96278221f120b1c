package tenken.graph.evidence;

import java.util.List;
import java.util.stream.Collectors;
import tenken.graph.concentration.Concentration;
import tenken.store.assessment.Requirement;
import tenken.store.model.Country;

/**
 * The top supplier's share of one consumer's supply of one item across the years the data has (two or more):
 * of world production, or of a country's own sourcing (Japan's), said in words which it is.
 */
public record TrendFigure(List<ConcentrationFigure> years) implements Evidence {

    public TrendFigure {
        years = List.copyOf(years);
    }

    @Override
    public Requirement requirement() {
        return Requirement.EXTERNAL_DEPENDENCE;
    }

    @Override
    public String describe(EvidenceText text) {
        Concentration first = years.get(0).concentration();
        String points = years.stream().map(ConcentrationFigure::concentration)
                .map(c -> text.message("assessment.evidence.trendPoint", String.valueOf(c.year()),
                        c.topCountry() == null ? text.message("assessment.notGiven") : text.country(c.topCountry()),
                        text.percent(c.topShare())))
                .collect(Collectors.joining(" → "));
        if (Country.WORLD.equals(first.consumer())) {
            return text.message("assessment.evidence.trend", text.material(first.item().material()),
                    text.stage(first.item().stage()), points, years.get(0).supply(text));
        }
        return text.message("assessment.evidence.trendSourcing", text.material(first.item().material()),
                text.stage(first.item().stage()), points, text.country(first.consumer()));
    }

    @Override
    public String source(EvidenceText text) {
        return years.stream().map(f -> f.source(text)).distinct().collect(Collectors.joining(" / "));
    }

    @Override
    public String year() {
        return years.get(0).year() + "–" + years.get(years.size() - 1).year();
    }
}
