package tenken.graph.evidence;

import tenken.store.assessment.Requirement;
import tenken.store.model.Designation;

/**
 * What the system already does for the material (requirement 4): the ministry, the fund budget and the
 * certified supply-assurance plans as of a date; or, for a material not designated, that nothing is.
 */
public record MeasureFigure(String materialKey, Designation designation) implements Evidence {

    @Override
    public Requirement requirement() {
        return Requirement.MEASURE_NECESSITY;
    }

    @Override
    public String describe(EvidenceText text) {
        if (designation == null) {
            return text.message("assessment.evidence.notDesignated", text.material(materialKey));
        }
        String none = text.message("assessment.notGiven");
        return text.message("assessment.evidence.measures",
                "ja".equals(text.language()) ? designation.ministryJa() : designation.ministryEn(),
                designation.designatedOn() == null ? none : designation.designatedOn().toString(),
                designation.fundBudgetOkuYen() == null ? none : text.okuYen(designation.fundBudgetOkuYen()),
                designation.certifiedPlans() == null ? none : String.valueOf(designation.certifiedPlans()));
    }

    @Override
    public String source(EvidenceText text) {
        return designation == null ? text.message("assessment.evidence.source.catalogue") : designation.source();
    }

    @Override
    public String year() {
        if (designation == null) {
            return "";
        }
        return designation.asOf() != null ? designation.asOf().toString()
                : designation.designatedOn() == null ? "" : designation.designatedOn().toString();
    }
}
