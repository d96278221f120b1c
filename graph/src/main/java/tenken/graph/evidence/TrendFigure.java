package tenken.graph.evidence;

import java.util.List;
import java.util.stream.Collectors;
import tenken.store.assessment.Requirement;

/** The top supplier's share of a material at a stage across the years the data has (two or more). */
public record TrendFigure(String materialKey, String stage, List<ConcentrationFigure> years) implements Evidence {

    public TrendFigure {
        years = List.copyOf(years);
    }

    @Override
    public Requirement requirement() {
        return Requirement.EXTERNAL_DEPENDENCE;
    }

    @Override
    public String describe(EvidenceText text) {
        String points = years.stream()
                .map(f -> text.message("assessment.evidence.trendPoint", String.valueOf(f.dataYear()),
                        text.country(f.topSupplier()), text.percent(f.topShare())))
                .collect(Collectors.joining(" → "));
        return text.message("assessment.evidence.trend", text.material(materialKey), text.stage(stage), points);
    }

    @Override
    public String source(EvidenceText text) {
        return years.stream().map(ConcentrationFigure::source).distinct().collect(Collectors.joining(" / "));
    }

    @Override
    public String year() {
        return years.get(0).dataYear() + "–" + years.get(years.size() - 1).dataYear();
    }
}
