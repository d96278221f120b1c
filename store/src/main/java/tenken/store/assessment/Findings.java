package tenken.store.assessment;

import java.util.EnumMap;
import java.util.Map;

/** A finding for each of the four requirements; a requirement not yet looked at is undetermined. */
public record Findings(Map<Requirement, Finding> byRequirement) {

    public Findings {
        EnumMap<Requirement, Finding> complete = new EnumMap<>(Requirement.class);
        for (Requirement requirement : Requirement.values()) {
            complete.put(requirement, byRequirement.getOrDefault(requirement, Finding.UNDETERMINED));
        }
        byRequirement = Map.copyOf(complete);
    }

    public static Findings undetermined() {
        return new Findings(Map.of());
    }

    public Finding of(Requirement requirement) {
        return byRequirement.get(requirement);
    }

    /** A copy with {@code requirement}'s finding replaced. */
    public Findings with(Requirement requirement, Finding finding) {
        EnumMap<Requirement, Finding> changed = new EnumMap<>(byRequirement);
        changed.put(requirement, finding);
        return new Findings(changed);
    }
}
