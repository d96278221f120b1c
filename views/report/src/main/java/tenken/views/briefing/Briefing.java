package tenken.views.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Set;
import tenken.graph.concentration.DependenceTrend;
import tenken.graph.concentration.JapanLeverage;
import tenken.graph.concentration.Leverage;
import tenken.graph.concentration.TechnologyLeakage;
import tenken.graph.concentration.Thresholds;
import tenken.graph.evidence.EvidenceCalculator;
import tenken.graph.network.SupplyData;
import tenken.graph.evidence.MaterialEvidence;
import tenken.store.assessment.AssessmentRepository;
import tenken.store.assessment.AssessmentVersion;
import tenken.store.assessment.RequirementDefinition;
import tenken.store.followup.FollowUp;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Material;

/**
 * What a briefing says about one material: its latest assessment (none when never assessed), the
 * requirements' text and the evidence computed from the catalogue, as of {@code date}.
 */
public record Briefing(
        Catalogue catalogue,
        Material material,
        Optional<AssessmentVersion> version,
        List<RequirementDefinition> definitions,
        MaterialEvidence evidence,
        FollowUp followUp,
        List<DependenceTrend.Point> dependence,
        LocalDate date) {

    public Briefing {
        definitions = List.copyOf(definitions);
        dependence = List.copyOf(dependence);
    }

    /**
     * Reads the latest version and computes the evidence, the designated material's follow-up and its
     * dependence over time (world, then Japan); slow enough to keep off the FX thread.
     */
    public static Briefing prepare(Catalogue catalogue, AssessmentRepository assessments, FollowUp followUp,
            Material material, LocalDate date) {
        String designated = designatedKey(catalogue, material);
        FollowUp own = designated == null ? FollowUp.EMPTY : followUp.restrictedTo(Set.of(designated));
        List<DependenceTrend.Point> dependence = new ArrayList<>();
        if (designated != null) {
            DependenceTrend trend = new DependenceTrend(catalogue);
            dependence.addAll(trend.of(designated, Country.WORLD));
            dependence.addAll(trend.of(designated, Country.JAPAN));
        }
        return new Briefing(catalogue, material, assessments.latest(material.key()), assessments.definitions(),
                new EvidenceCalculator(catalogue, followUp).compute(material.key()), own, dependence, date);
    }

    /** The designated material the material is or belongs to; null for a candidate. */
    private static String designatedKey(Catalogue catalogue, Material material) {
        Material current = material;
        while (current.parentKey() != null) {
            current = catalogue.findMaterial(current.parentKey()).orElseThrow();
        }
        return catalogue.designationOf(current.key()).isPresent() ? current.key() : null;
    }

    /** The designated material the follow-up page is about; null when there is none. */
    public String followUpMaterial() {
        return designatedKey(catalogue, material);
    }

    /**
     * For one of the five technology-leakage materials, every item of it of whose world supply Japan holds a
     * share, however small, largest first (the briefing shows where Japan stands, not only where it leads);
     * empty for any other material.
     */
    public Optional<List<Leverage>> strengths() {
        if (!TechnologyLeakage.MATERIALS.contains(material.key())) {
            return Optional.empty();
        }
        List<Leverage> all = new JapanLeverage(SupplyData.of(catalogue), thresholds()).atLeast(0);
        return Optional.of(all.stream()
                .filter(l -> l.leakageMaterial().filter(material.key()::equals).isPresent())
                .toList());
    }

    /** The stored level thresholds. */
    public Thresholds thresholds() {
        return Thresholds.from(catalogue);
    }

    public boolean designated() {
        return catalogue.designationOf(material.key()).isPresent();
    }
}
