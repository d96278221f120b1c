package tenken.graph.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tenken.store.assessment.Requirement;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Designation;
import tenken.store.model.InputRelation;
import tenken.store.model.Material;

/**
 * Computes the evidence for a material's assessment from the catalogue: for requirement 1 what relies
 * on it, for 2 concentration, its trend and Japan's look-through exposure, for 3 export controls and
 * other events and the worst supplier-stop scenarios, for 4 the measures already in place.
 *
 * <p>A material covers its items: a designated material's figures are those of it and its items.
 */
public final class EvidenceCalculator {

    /** How many supplier-stop scenarios requirement 3 shows: the worst few are what a decision weighs. */
    static final int WORST_SCENARIOS = 3;

    private final Catalogue catalogue;
    private final InterimAnalysis analysis;

    public EvidenceCalculator(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.analysis = new InterimAnalysis(catalogue);
    }

    public MaterialEvidence compute(String materialKey) {
        Set<String> scope = withItems(materialKey);
        Set<String> chain = withInputs(scope);
        Map<Requirement, List<Evidence>> evidence = new EnumMap<>(Requirement.class);
        evidence.put(Requirement.ESSENTIAL, List.of(new DependentsFigure(materialKey, dependents(scope))));
        evidence.put(Requirement.EXTERNAL_DEPENDENCE, dependence(materialKey, scope, chain));
        evidence.put(Requirement.DISRUPTION_PROBABILITY, disruption(materialKey, chain));
        evidence.put(Requirement.MEASURE_NECESSITY, List.of(new MeasureFigure(materialKey, designation(materialKey))));
        return new MaterialEvidence(materialKey, evidence);
    }

    private List<Evidence> dependence(String materialKey, Set<String> scope, Set<String> chain) {
        List<ConcentrationFigure> latest = new ArrayList<>();
        List<TrendFigure> trends = new ArrayList<>();
        for (String material : scope) {
            for (String stage : stagesWithShares(material)) {
                List<ConcentrationFigure> years = analysis.concentrationByYear(material, stage);
                if (!years.isEmpty()) {
                    latest.add(years.get(years.size() - 1));
                }
                if (years.size() > 1) {
                    trends.add(new TrendFigure(material, stage, years));
                }
            }
        }
        latest.sort(Comparator.comparingDouble(ConcentrationFigure::topShare).reversed());
        List<Evidence> evidence = new ArrayList<>(latest);
        evidence.addAll(trends);
        analysis.lookThrough(chain, Country.JAPAN, Requirement.EXTERNAL_DEPENDENCE).stream().findFirst()
                .ifPresent(evidence::add);
        return evidence.isEmpty()
                ? List.of(new MissingDataFigure(Requirement.EXTERNAL_DEPENDENCE, materialKey)) : evidence;
    }

    private List<Evidence> disruption(String materialKey, Set<String> chain) {
        List<Evidence> evidence = new ArrayList<>();
        catalogue.events().stream()
                .filter(e -> !Collections.disjoint(e.materials(), chain))
                .map(EventFigure::new)
                .sorted(Comparator.comparing(EventFigure::exportControl).reversed()
                        .thenComparing(f -> f.event().date(), Comparator.reverseOrder()))
                .forEach(evidence::add);
        analysis.lookThrough(chain, Country.JAPAN, Requirement.DISRUPTION_PROBABILITY).stream()
                .limit(WORST_SCENARIOS).forEach(evidence::add);
        return evidence.isEmpty()
                ? List.of(new MissingDataFigure(Requirement.DISRUPTION_PROBABILITY, materialKey)) : evidence;
    }

    /** The material's designation, or for an item its designated parent's. */
    private Designation designation(String materialKey) {
        Designation own = catalogue.designationOf(materialKey).orElse(null);
        if (own != null) {
            return own;
        }
        Material material = catalogue.materialsByKey().get(materialKey);
        return material == null || material.parentKey() == null ? null
                : catalogue.designationOf(material.parentKey()).orElse(null);
    }

    private Set<String> withItems(String materialKey) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(List.of(materialKey));
        while (!pending.isEmpty()) {
            String key = pending.remove(0);
            if (keys.add(key)) {
                catalogue.itemsOf(key).forEach(item -> pending.add(item.key()));
            }
        }
        return keys;
    }

    /** The materials and everything upstream of them through input relations. */
    private Set<String> withInputs(Set<String> materials) {
        Set<String> chain = new LinkedHashSet<>(materials);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (InputRelation relation : catalogue.inputs()) {
                if (chain.contains(relation.material()) && chain.add(relation.inputMaterial())) {
                    grew = true;
                }
            }
        }
        return chain;
    }

    /** Materials outside {@code scope} that take something in it as an input, in catalogue order. */
    private List<String> dependents(Set<String> scope) {
        Set<String> users = new LinkedHashSet<>();
        catalogue.inputs().stream().filter(r -> scope.contains(r.inputMaterial()) && !scope.contains(r.material()))
                .forEach(r -> users.add(r.material()));
        return catalogue.materials().stream().map(Material::key).filter(users::contains).toList();
    }

    private List<String> stagesWithShares(String material) {
        Set<String> stages = new LinkedHashSet<>();
        catalogue.shares().stream().filter(s -> s.material().equals(material) && s.consumer().equals(Country.WORLD))
                .forEach(s -> stages.add(s.stage()));
        List<String> ordered = new ArrayList<>();
        catalogue.stages().forEach(stage -> {
            if (stages.remove(stage.key())) {
                ordered.add(stage.key());
            }
        });
        ordered.addAll(stages);
        return ordered;
    }
}
