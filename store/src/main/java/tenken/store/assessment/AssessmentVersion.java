package tenken.store.assessment;

import java.time.Instant;

/**
 * One saved version of a material's assessment: who saved it (the workstation's assessor) and when
 * (UTC), why ({@code changeNote}), and the findings. {@code reference} marks the versions drawn from
 * the seed documents' reasons for designation rather than entered by an analyst. {@code hash} is the
 * version's SHA-256 chain hash ({@link AssessmentHash}), 64 hexadecimal digits.
 */
public record AssessmentVersion(
        String materialKey,
        int version,
        String assessor,
        Instant recordedAt,
        String changeNote,
        boolean reference,
        Findings findings,
        String hash) {

    /** The assessor recorded on reference versions: they come from the seed documents, not a person. */
    public static final String REFERENCE_ASSESSOR = "seed";

    public Outcome outcome() {
        return Outcome.of(findings);
    }
}
