package tenken.views.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tenken.graph.evidence.EvidenceCalculator;
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

    public boolean designated() {
        return catalogue.designationOf(material.key()).isPresent();
    }
}
