package tenken.graph.evidence;

import java.util.List;
import java.util.stream.Collectors;
import tenken.store.assessment.Requirement;

/**
 * The materials in the catalogue that take this material as an input: how widely other supply relies
 * on it (requirement 1, 広く国民生活・経済活動が依拠).
 */
public record DependentsFigure(String materialKey, List<String> dependents) implements Evidence {

    public DependentsFigure {
        dependents = List.copyOf(dependents);
    }

    @Override
    public Requirement requirement() {
        return Requirement.ESSENTIAL;
    }

    @Override
    public String describe(EvidenceText text) {
        if (dependents.isEmpty()) {
            return text.message("assessment.evidence.noDependents", text.material(materialKey));
        }
        return text.message("assessment.evidence.dependents", text.material(materialKey),
                String.valueOf(dependents.size()),
                dependents.stream().map(text::material).collect(Collectors.joining(text.message("assessment.list.separator"))));
    }

    @Override
    public String source(EvidenceText text) {
        return text.message("assessment.evidence.source.inputs");
    }

    @Override
    public String year() {
        return "";
    }
}
