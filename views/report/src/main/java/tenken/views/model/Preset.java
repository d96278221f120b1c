package tenken.views.model;

import java.util.List;
import java.util.Set;

/**
 * A scenario from the seeds' events: the export controls one country imposed in one year, on the
 * materials they named (keys; their items are controlled too).
 */
public record Preset(String country, int year, Set<String> materials, String label, List<String> sources) {

    public Preset {
        materials = Set.copyOf(materials);
        sources = List.copyOf(sources);
    }
}
