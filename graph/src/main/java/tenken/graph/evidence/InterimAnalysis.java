package tenken.graph.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tenken.store.assessment.Requirement;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.SupplyShare;

/**
 * Concentration and look-through for the evidence, until the analysis engine (issue 3) lands on this
 * branch; then these calls go to the engine so that every screen computes them one way.
 */
final class InterimAnalysis {

    private final Catalogue catalogue;
    private final Set<String> aggregates;

    InterimAnalysis(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.aggregates = catalogue.countries().stream().filter(Country::aggregate).map(Country::iso3)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** One figure per year for the material's world supply at the stage, oldest first. */
    List<ConcentrationFigure> concentrationByYear(String material, String stage) {
        Map<Integer, List<SupplyShare>> byYear = new java.util.TreeMap<>();
        for (SupplyShare share : catalogue.shares()) {
            if (share.material().equals(material) && share.stage().equals(stage)
                    && share.consumer().equals(Country.WORLD)) {
                byYear.computeIfAbsent(share.year(), y -> new ArrayList<>()).add(share);
            }
        }
        double critical = catalogue.setting("level.critical", 0.8);
        double high = catalogue.setting("level.high", 0.5);
        List<ConcentrationFigure> figures = new ArrayList<>();
        byYear.forEach((year, shares) -> {
            // An aggregate (ROW) stands for many small suppliers: never the top one, nothing to the index.
            List<SupplyShare> countries = shares.stream().filter(s -> !aggregates.contains(s.supplier())).toList();
            if (countries.isEmpty()) {
                return;
            }
            SupplyShare top = countries.stream().max(Comparator.comparingDouble(SupplyShare::share)).orElseThrow();
            double hhi = countries.stream().mapToDouble(s -> Math.pow(s.share() * 100, 2)).sum();
            figures.add(new ConcentrationFigure(material, stage, year, top.supplier(), top.share(), hhi,
                    Level.of(top.share(), critical, high), top.source()));
        });
        return figures;
    }

    /**
     * The consumer's exposure to each supplier country through the chain of {@code materials}: for each
     * country, the largest share it holds at any material and stage of the chain (the consumer's own
     * import sourcing where the data has it, else world supply), latest year. Largest first.
     */
    List<ExposureFigure> lookThrough(Set<String> materials, String consumer, Requirement requirement) {
        Map<String, List<SupplyShare>> latest = new LinkedHashMap<>();
        for (SupplyShare share : catalogue.shares()) {
            if (materials.contains(share.material())
                    && (share.consumer().equals(consumer) || share.consumer().equals(Country.WORLD))) {
                String node = share.material() + "\u0000" + share.stage();
                List<SupplyShare> current = latest.get(node);
                if (current == null || better(share, current.get(0), consumer)) {
                    latest.put(node, new ArrayList<>(List.of(share)));
                } else if (sameGroup(share, current.get(0))) {
                    current.add(share);
                }
            }
        }
        Map<String, ExposureFigure> byCountry = new LinkedHashMap<>();
        latest.values().stream().flatMap(List::stream).filter(s -> !aggregates.contains(s.supplier()))
                .forEach(s -> byCountry.merge(s.supplier(), new ExposureFigure(requirement, consumer, s.supplier(),
                        s.share(), s.material(), s.stage(), s.year(), s.source()),
                        (a, b) -> b.share() > a.share() ? b : a));
        return byCountry.values().stream().sorted(Comparator.comparingDouble(ExposureFigure::share).reversed()).toList();
    }

    /** The consumer's own sourcing beats world supply; within the same kind, the later year wins. */
    private static boolean better(SupplyShare candidate, SupplyShare current, String consumer) {
        boolean candidateOwn = candidate.consumer().equals(consumer);
        boolean currentOwn = current.consumer().equals(consumer);
        if (candidateOwn != currentOwn) {
            return candidateOwn;
        }
        return candidate.year() > current.year();
    }

    private static boolean sameGroup(SupplyShare a, SupplyShare b) {
        return a.consumer().equals(b.consumer()) && a.year() == b.year();
    }
}
