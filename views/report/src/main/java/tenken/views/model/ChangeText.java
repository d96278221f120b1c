package tenken.views.model;

import tenken.store.assessment.Judgment;
import tenken.store.assessment.VersionDiff;

/** A change between two versions in words: the judgment's old and new values, or which text changed. */
public final class ChangeText {

    private final AssessmentText words;

    public ChangeText(AssessmentText words) {
        this.words = words;
    }

    public String describe(VersionDiff.Change change) {
        String requirement = words.number(change.requirement());
        return switch (change.field()) {
            case JUDGMENT -> words.message("assessment.change.judgment", requirement,
                    words.judgment(Judgment.parse(change.before())), words.judgment(Judgment.parse(change.after())));
            case RATIONALE -> words.message("assessment.change.rationale", requirement);
            case REFERENCES -> words.message("assessment.change.references", requirement);
        };
    }
}
