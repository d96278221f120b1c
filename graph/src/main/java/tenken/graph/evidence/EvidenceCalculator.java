package tenken.graph.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tenken.graph.concentration.Concentration;
import tenken.graph.concentration.ConcentrationAnalysis;
import tenken.graph.concentration.Thresholds;
import tenken.graph.concentration.Trends;
import tenken.graph.lookthrough.Cut;
import tenken.graph.lookthrough.ItemLoss;
import tenken.graph.lookthrough.LookThroughNetwork;
import tenken.graph.lookthrough.SweepResult;
import tenken.graph.network.Item;
import tenken.graph.network.ShareGroup;
import tenken.graph.network.SupplyData;
import tenken.store.assessment.Requirement;
import tenken.store.followup.FollowUp;
import tenken.store.followup.PlanCount;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Designation;
import tenken.store.model.Material;
import tenken.store.model.SupplyShare;

/**
 * Computes the evidence for a material's assessment from the catalogue with the analysis engine: for
 * requirement 1 what relies on it, for 2 concentration, its trend and Japan's look-through dependence,
 * for 3 export controls and other events and the worst supplier-stop scenarios, for 4 the measures
 * already in place.
 *
 * <p>A material covers its items: a designated material's figures are those of it and its items, and
 * the look-through follows their inputs upstream.
 */
public final class EvidenceCalculator {

    /** How many supplier-stop scenarios requirement 3 shows: the worst few are what a decision weighs. */
    static final int WORST_SCENARIOS = 3;
    /** A country stopping its exports entirely: the scenario the requirements' 供給途絶 speaks of. */
    private static final double STOP = 1.0;

    private final Catalogue catalogue;
    private final SupplyData latest;
    private final Thresholds thresholds;
    private final LookThroughNetwork network;
    private final FollowUp followUp;

    /** Evidence from the catalogue and, for requirement 4, the follow-up of the certified plans. */
    public EvidenceCalculator(Catalogue catalogue, FollowUp followUp) {
        this.catalogue = catalogue;
        this.followUp = followUp;
        this.latest = SupplyData.of(catalogue);
        this.thresholds = Thresholds.from(catalogue);
        this.network = LookThroughNetwork.compile(latest);
    }

    public MaterialEvidence compute(String materialKey) {
        Set<String> scope = withItems(materialKey);
        List<Exposure> exposures = exposures(scope);
        Map<Requirement, List<Evidence>> evidence = new EnumMap<>(Requirement.class);
        evidence.put(Requirement.ESSENTIAL, List.of(new DependentsFigure(materialKey, dependents(scope))));
        // Japan's look-through dependence sums up the chain, so it leads; then each item's concentration.
        List<Evidence> concentration = new ArrayList<>();
        exposures.stream().findFirst().map(e -> figure(e, Requirement.EXTERNAL_DEPENDENCE)).ifPresent(concentration::add);
        concentration.addAll(concentration(scope));
        evidence.put(Requirement.EXTERNAL_DEPENDENCE, orMissing(concentration, Requirement.EXTERNAL_DEPENDENCE,
                materialKey));
        List<Evidence> disruption = new ArrayList<>(events(scope));
        exposures.stream().limit(WORST_SCENARIOS).map(e -> figure(e, Requirement.DISRUPTION_PROBABILITY))
                .forEach(disruption::add);
        evidence.put(Requirement.DISRUPTION_PROBABILITY, orMissing(disruption, Requirement.DISRUPTION_PROBABILITY,
                materialKey));
        evidence.put(Requirement.MEASURE_NECESSITY, measures(materialKey));
        return new MaterialEvidence(materialKey, evidence);
    }

    private static List<Evidence> orMissing(List<Evidence> evidence, Requirement requirement, String materialKey) {
        return evidence.isEmpty() ? List.of(new MissingDataFigure(requirement, materialKey)) : evidence;
    }

    /**
     * The latest concentration of each item: Japan's own sourcing first, where the data have it, then world
     * production, each most concentrated first; then the trends of either, wherever a group has two or more
     * years.
     */
    private List<Evidence> concentration(Set<String> scope) {
        ConcentrationAnalysis analysis = new ConcentrationAnalysis(latest, thresholds);
        List<Evidence> evidence = new ArrayList<>();
        for (String consumer : List.of(Country.JAPAN, Country.WORLD)) {
            List<ConcentrationFigure> now = new ArrayList<>();
            for (ShareGroup group : latest.groupsOf(consumer)) {
                if (scope.contains(group.item().material())) {
                    now.add(figure(analysis, group));
                }
            }
            now.sort(Comparator.comparingDouble((ConcentrationFigure f) -> f.concentration().topShare()).reversed());
            evidence.addAll(now);
        }
        evidence.addAll(trends(scope, Country.JAPAN));
        evidence.addAll(trends(scope, Country.WORLD));
        return evidence;
    }

    /** The consumer's groups in scope that have two or more years, each as its years oldest first. */
    private List<Evidence> trends(Set<String> scope, String consumer) {
        Map<Item, List<ConcentrationFigure>> byItem = new java.util.LinkedHashMap<>();
        for (Concentration c : Trends.of(catalogue, thresholds, consumer)) {
            if (scope.contains(c.item().material())) {
                byItem.computeIfAbsent(c.item(), i -> new ArrayList<>()).add(new ConcentrationFigure(c, sourceOf(c)));
            }
        }
        return byItem.values().stream().filter(years -> years.size() > 1).<Evidence>map(TrendFigure::new).toList();
    }

    /** The largest row of the group a concentration was computed from: its source, basis and quality are cited. */
    private SupplyShare sourceOf(Concentration c) {
        return catalogue.shares().stream().filter(s -> s.consumer().equals(c.consumer()) && s.year() == c.year()
                && s.material().equals(c.item().material()) && s.stage().equals(c.item().stage()))
                .max(Comparator.comparingDouble(SupplyShare::share)).orElseThrow();
    }

    private static ConcentrationFigure figure(ConcentrationAnalysis analysis, ShareGroup group) {
        return new ConcentrationFigure(analysis.of(group), group.rows().get(0));
    }

    /** A country whose stop costs Japan {@code loss} of {@code item}, its worst item in the chain. */
    private record Exposure(String country, double loss, Item item) {
    }

    /**
     * For each country, Japan's worst loss over the items of {@code scope} and their inputs upstream when
     * that country stops exporting; worst first, countries that cost nothing left out.
     */
    private List<Exposure> exposures(Set<String> scope) {
        Set<Item> chain = chain(scope);
        SweepResult sweep = network.sweep(Country.JAPAN, STOP);
        List<Exposure> exposures = new ArrayList<>();
        for (int c = 0; c < sweep.countries().size(); c++) {
            // The requirements weigh actions from outside (外部から行われる行為): Japan cutting its own
            // exports, which can come back to it through others' inputs, is not one.
            if (sweep.countries().get(c).equals(Country.JAPAN)) {
                continue;
            }
            int worst = -1;
            double worstLoss = 0;
            for (int j = 0; j < sweep.items().size(); j++) {
                double loss = sweep.loss(c, j);
                if (chain.contains(sweep.items().get(j)) && loss > worstLoss) {
                    worst = j;
                    worstLoss = loss;
                }
            }
            if (worst >= 0) {
                exposures.add(new Exposure(sweep.countries().get(c), worstLoss, sweep.items().get(worst)));
            }
        }
        exposures.sort(Comparator.comparingDouble(Exposure::loss).reversed());
        return exposures;
    }

    /** The figure of one exposure, with the year and source of Japan's sourcing of the item. */
    private ExposureFigure figure(Exposure exposure, Requirement requirement) {
        ShareGroup sourcing = latest.sourcing(Country.JAPAN, exposure.item()).orElseThrow();
        ItemLoss loss = network.scenario(Country.JAPAN, Cut.of(exposure.country(), STOP)).losses().stream()
                .filter(l -> l.item().equals(exposure.item())).findFirst().orElseThrow();
        return new ExposureFigure(requirement, Country.JAPAN, exposure.country(), exposure.loss(), exposure.item(),
                loss.coverage(), loss.insufficientData(), sourcing.year(), sourcing.rows().get(0));
    }

    /** The items of the materials in {@code scope} and every item upstream of them. */
    private Set<Item> chain(Set<String> scope) {
        Set<Item> chain = new LinkedHashSet<>();
        List<Item> pending = new ArrayList<>(latest.items().stream().filter(i -> scope.contains(i.material())).toList());
        while (!pending.isEmpty()) {
            Item item = pending.remove(pending.size() - 1);
            if (chain.add(item)) {
                pending.addAll(latest.inputsOf(item));
            }
        }
        return chain;
    }

    /** Export controls first, then other events, latest first, on the materials of the chain. */
    private List<Evidence> events(Set<String> scope) {
        Set<String> materials = new LinkedHashSet<>();
        chain(scope).forEach(item -> materials.add(item.material()));
        materials.addAll(scope);
        return catalogue.events().stream()
                .filter(e -> !Collections.disjoint(e.materials(), materials))
                .map(EventFigure::new)
                .sorted(Comparator.comparing(EventFigure::exportControl).reversed()
                        .thenComparing(f -> f.event().date(), Comparator.reverseOrder()))
                .map(Evidence.class::cast)
                .toList();
    }

    /**
     * What the system does for the material (requirement 4): its designation, then the follow-up of its
     * designated material — the evaluation first (it says whether the measures are reaching the target),
     * the certified plans over time, the targets and the causes of changes and delays it is named under.
     */
    private List<Evidence> measures(String materialKey) {
        Designation designation = designation(materialKey);
        List<Evidence> measures = new ArrayList<>(List.of(new MeasureFigure(materialKey, designation)));
        if (designation == null) {
            return measures;
        }
        String designated = designation.materialKey();
        followUp.latestEvaluation(designated).map(EvaluationFigure::new).ifPresent(measures::add);
        List<PlanCount> plans = followUp.plansOf(designated);
        if (!plans.isEmpty()) {
            measures.add(new PlanCountsFigure(designated, plans));
        }
        followUp.targetsOf(designated).stream().map(TargetFigure::new).forEach(measures::add);
        followUp.causesNaming(designated).stream().map(c -> new CauseFigure(designated, c)).forEach(measures::add);
        return measures;
    }

    /** The material's designation, or for an item its designated parent's. */
    private Designation designation(String materialKey) {
        return catalogue.designationOf(materialKey)
                .or(() -> catalogue.designationOf(latest.rootMaterial(materialKey)))
                .orElse(null);
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

    /** Materials outside {@code scope} that take something in it as an input, in catalogue order. */
    private List<String> dependents(Set<String> scope) {
        Set<String> users = new LinkedHashSet<>();
        catalogue.inputs().stream().filter(r -> scope.contains(r.inputMaterial()) && !scope.contains(r.material()))
                .forEach(r -> users.add(r.material()));
        return catalogue.materials().stream().map(Material::key).filter(users::contains).toList();
    }
}
