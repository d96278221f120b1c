package tenken.store.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of an assessment, field by field. The history stores whole
 * versions; the changes are computed, so they can never disagree with what was saved.
 */
public final class VersionDiff {

    /** The parts of a finding that an analyst edits. */
    public enum Field { JUDGMENT, RATIONALE, REFERENCES }

    /** One changed field of one requirement, with its text before and after. */
    public record Change(Requirement requirement, Field field, String before, String after) {
    }

    private VersionDiff() {
    }

    /** The changes from {@code older} to {@code newer}, in requirement then field order. */
    public static List<Change> between(Findings older, Findings newer) {
        List<Change> changes = new ArrayList<>();
        for (Requirement requirement : Requirement.values()) {
            Finding before = older.of(requirement);
            Finding after = newer.of(requirement);
            add(changes, requirement, Field.JUDGMENT, before.judgment().code(), after.judgment().code());
            add(changes, requirement, Field.RATIONALE, before.rationale(), after.rationale());
            add(changes, requirement, Field.REFERENCES, before.references(), after.references());
        }
        return changes;
    }

    /** The changes a version made to the one before it; a first version changes from undetermined. */
    public static List<Change> introducedBy(List<AssessmentVersion> history, AssessmentVersion version) {
        AssessmentVersion previous = history.stream()
                .filter(v -> v.version() == version.version() - 1).findFirst().orElse(null);
        return between(previous == null ? Findings.undetermined() : previous.findings(), version.findings());
    }

    private static void add(List<Change> changes, Requirement requirement, Field field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(new Change(requirement, field, before, after));
        }
    }
}
