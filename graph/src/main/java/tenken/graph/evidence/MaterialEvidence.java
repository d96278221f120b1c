package tenken.graph.evidence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tenken.store.assessment.Requirement;

/** The evidence for each requirement of one material's assessment, most telling first. */
public record MaterialEvidence(String materialKey, Map<Requirement, List<Evidence>> byRequirement) {

    public MaterialEvidence {
        EnumMap<Requirement, List<Evidence>> complete = new EnumMap<>(Requirement.class);
        for (Requirement requirement : Requirement.values()) {
            complete.put(requirement, List.copyOf(byRequirement.getOrDefault(requirement, List.of())));
        }
        byRequirement = Map.copyOf(complete);
    }

    public List<Evidence> of(Requirement requirement) {
        return byRequirement.get(requirement);
    }
}
