package tenken.store.assessment;

import java.util.Objects;

/**
 * The judgment on one requirement with the analyst's rationale and references (free text, one per
 * line). {@code rationaleEn} is an English rendering; the reference assessments carry one, analysts
 * write a single rationale in their own language and leave it empty.
 */
public record Finding(Judgment judgment, String rationale, String rationaleEn, String references) {

    public static final Finding UNDETERMINED = new Finding(Judgment.UNDETERMINED, "", "", "");

    public Finding {
        Objects.requireNonNull(judgment);
        rationale = rationale == null ? "" : rationale.strip();
        rationaleEn = rationaleEn == null ? "" : rationaleEn.strip();
        references = references == null ? "" : references.strip();
    }

    public Finding(Judgment judgment, String rationale, String references) {
        this(judgment, rationale, "", references);
    }

    /** The rationale to show in {@code language}: the English rendering when asked for and present. */
    public String rationale(String language) {
        return "en".equals(language) && !rationaleEn.isEmpty() ? rationaleEn : rationale;
    }

    /**
     * This finding as revised to {@code revised}: the English rendering is kept only while the rationale
     * it renders is unchanged, so that it never contradicts what the analyst wrote.
     */
    public Finding revisedTo(Judgment newJudgment, String newRationale, String newReferences) {
        Finding revised = new Finding(newJudgment, newRationale, "", newReferences);
        return revised.rationale.equals(rationale)
                ? new Finding(newJudgment, revised.rationale, rationaleEn, revised.references)
                : revised;
    }
}
