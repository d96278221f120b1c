package tenken.graph.concentration;

import java.util.List;
import java.util.Optional;
import tenken.graph.network.Item;

/**
 * An item of which Japan holds a large share of world supply: an indispensability to protect (the
 * technology-leakage measures), not a dependency.
 *
 * @param share Japan's share of world supply
 * @param rank Japan's place among the named suppliers (1 = the largest; an equal share does not push it down)
 * @param level how concentrated the world is on Japan by the stored thresholds: {@link Level#CRITICAL},
 *     {@link Level#HIGH}, or {@link Level#NORMAL} when a lowered minimum lets a smaller share in
 * @param source the citation of Japan's share
 * @param basis what the share measures, as its source states it (for instance a market share by the makers'
 *     home country rather than where the goods are made); empty when the data do not say
 * @param quality how the share was published ({@code tenken.store.model.ShareQuality} key), empty when unknown
 * @param leakageMaterial the one of the {@link TechnologyLeakage#MATERIALS five} the item belongs to, if any
 * @param dependents the consumers whose own sourcing has Japan on top, largest dependence first
 */
public record Leverage(Item item, int year, double share, int rank, Level level, String source, String basis,
        String quality, Optional<String> leakageMaterial, List<Dependent> dependents) {

    public Leverage {
        dependents = List.copyOf(dependents);
    }

    /** True for the items of the five technology-leakage materials. */
    public boolean isLeakageMaterial() {
        return leakageMaterial.isPresent();
    }
}
