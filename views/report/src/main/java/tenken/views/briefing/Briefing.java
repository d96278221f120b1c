package tenken.views.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import tenken.store.model.Catalogue;
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
        LocalDate date) {

    public Briefing {
        definitions = List.copyOf(definitions);
    }

    /** Reads the latest version and computes the evidence; slow enough to keep off the FX thread. */
    public static Briefing prepare(Catalogue catalogue, AssessmentRepository assessments, Material material,
            LocalDate date) {
        return new Briefing(catalogue, material, assessments.latest(material.key()), assessments.definitions(),
                new EvidenceCalculator(catalogue).compute(material.key()), date);
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
