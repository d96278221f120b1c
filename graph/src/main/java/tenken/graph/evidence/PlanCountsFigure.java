package tenken.graph.evidence;

import java.util.List;
import java.util.stream.Collectors;
import tenken.store.assessment.Requirement;
import tenken.store.followup.PlanCount;

/** Requirement 4: how many supply-assurance plans have been certified for the material, date by date. */
public record PlanCountsFigure(String materialKey, List<PlanCount> plans) implements Evidence {

    public PlanCountsFigure {
        plans = List.copyOf(plans);
    }

    @Override
    public Requirement requirement() {
        return Requirement.MEASURE_NECESSITY;
    }

    @Override
    public String describe(EvidenceText text) {
        return text.message("followup.evidence.plans", text.material(materialKey), plans.stream()
                .map(p -> text.message("followup.planPoint", p.asOf().toString(), p.count()))
                .collect(Collectors.joining(" → ")));
    }

    @Override
    public String source(EvidenceText text) {
        return plans.stream().map(PlanCount::source).distinct().collect(Collectors.joining(" / "));
    }

    @Override
    public String year() {
        return plans.get(0).asOf() + "–" + plans.get(plans.size() - 1).asOf();
    }
}
