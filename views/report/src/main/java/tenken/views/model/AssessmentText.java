package tenken.views.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tenken.assets.Messages;
import tenken.graph.evidence.Evidence;
import tenken.graph.evidence.EvidenceText;
import tenken.store.assessment.AssessmentVersion;
import tenken.store.assessment.Findings;
import tenken.store.assessment.Judgment;
import tenken.store.assessment.Outcome;
import tenken.store.assessment.Requirement;
import tenken.store.assessment.RequirementDefinition;

/**
 * The words of an assessment in one language, shared by the walkthrough and the briefing so that a
 * screen and its printout say the same thing.
 */
public final class AssessmentText {

    /** How much of a rationale the outcome quotes; the full text is in the requirement's own section. */
    private static final int QUOTED_RATIONALE = 160;

    /** An analyst's version: the minute it was saved, in UTC. */
    static final java.time.format.DateTimeFormatter RECORDED = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private final Locale locale;
    private final List<RequirementDefinition> definitions;

    public AssessmentText(Locale locale, List<RequirementDefinition> definitions) {
        this.locale = locale;
        this.definitions = List.copyOf(definitions);
    }

    public String message(String key, Object... args) {
        return Messages.format(locale, key, args);
    }

    public String language() {
        return locale.getLanguage();
    }

    /** 要件2, Requirement 2. */
    public String number(Requirement requirement) {
        return message("assessment.requirement.number", String.valueOf(requirement.number()));
    }

    /** The official title, or the number alone when the database has no definitions. */
    public String title(Requirement requirement) {
        return definition(requirement).map(d -> d.title(language())).orElse("");
    }

    public String heading(Requirement requirement) {
        return message("assessment.requirement.heading", number(requirement), title(requirement));
    }

    public java.util.Optional<RequirementDefinition> definition(Requirement requirement) {
        return definitions.stream().filter(d -> d.requirement() == requirement).findFirst();
    }

    public String judgment(Judgment judgment) {
        return message("assessment.judgment." + judgment.code());
    }

    /** Who saved a version: the assessor, or the seed documents for a reference version. */
    public String assessor(AssessmentVersion version) {
        return version.reference() ? message("assessment.referenceAssessor") : version.assessor();
    }

    /**
     * When a version was made: the UTC time an analyst saved it, or, for a reference version, the designation
     * date it is dated by and the months of the documents it quotes — never the time the database was made.
     */
    public String recorded(AssessmentVersion version) {
        if (!version.reference()) {
            return RECORDED.format(version.recordedAt());
        }
        String designated = version.recordedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        java.util.List<java.time.YearMonth> documents = version.documentDates();
        if (documents.isEmpty()) {
            return message("assessment.referenceDated", designated);
        }
        java.time.format.DateTimeFormatter month = java.time.format.DateTimeFormatter.ofPattern(
                message("assessment.monthPattern"), locale);
        String first = month.format(documents.get(0));
        String last = month.format(documents.get(documents.size() - 1));
        return message("assessment.referenceDatedDocuments", designated,
                first.equals(last) ? first : message("assessment.monthRange", first, last));
    }

    /** The outcome's headline: candidate, not a candidate, or pending. */
    public String outcomeHeadline(Outcome outcome) {
        if (outcome.candidate()) {
            return message("assessment.outcome.candidate");
        }
        return message(outcome.rejected() ? "assessment.outcome.rejected" : "assessment.outcome.pending");
    }

    /** One line per failing then pending requirement: which one, and the rationale given. */
    public List<String> outcomeReasons(Outcome outcome, Findings findings) {
        List<String> lines = new ArrayList<>();
        for (Requirement requirement : outcome.failing()) {
            lines.add(message("assessment.outcome.fails", heading(requirement),
                    quoted(findings.of(requirement).rationale(language()))));
        }
        for (Requirement requirement : outcome.pending()) {
            lines.add(message("assessment.outcome.undetermined", heading(requirement),
                    quoted(findings.of(requirement).rationale(language()))));
        }
        return lines;
    }

    /** The source and year of an evidence figure, as one line under it. */
    public String source(Evidence figure, EvidenceText figures) {
        return figure.year().isEmpty()
                ? message("assessment.evidence.sourceOnly", figure.source(figures))
                : message("assessment.evidence.sourceAndYear", figure.source(figures), figure.year());
    }

    private String quoted(String rationale) {
        if (rationale.isBlank()) {
            return message("assessment.noRationale");
        }
        String flat = rationale.replaceAll("\\s+", " ");
        return flat.length() <= QUOTED_RATIONALE ? flat : flat.substring(0, QUOTED_RATIONALE) + "…";
    }
}
