package tenken.views.briefing;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tenken.assets.Messages;
import tenken.graph.concentration.Leverage;
import tenken.graph.evidence.Evidence;
import tenken.graph.evidence.EvidenceText;
import tenken.graph.evidence.ExposureFigure;
import tenken.store.assessment.AssessmentVersion;
import tenken.store.assessment.Finding;
import tenken.store.assessment.Findings;
import tenken.store.assessment.Outcome;
import tenken.store.assessment.Requirement;
import tenken.store.io.AtomicFile;
import tenken.views.export.TextPages;
import tenken.views.model.AssessmentText;
import tenken.views.model.StrengthsText;
import tenken.graph.format.Percent;

/**
 * Writes a briefing as a one- or two-page A4 PDF in Japanese or English: the material, the assessment's version,
 * assessor and date and the version's SHA-256 chain hash, the outcome, then each requirement with judgment,
 * rationale, references and the evidence figures with their sources and years; for a designated material a
 * further page gives its follow-up (PDCA "Check"). IPAex Gothic is embedded as a subset, so the text is
 * Japanese on any reader and can be copied or extracted. Needs no display: the command line uses it.
 * Lists are bulleted by the bundle's {@code briefing.bullet}: 「・」 in Japanese, "•" in English.
 */
public final class BriefingPdf {

    /** Type sizes tried in turn until the briefing fits on two pages. */
    private static final float[] BODY_SIZES = {10f, 9f, 8f, 7f};
    private static final int MAX_PAGES = 2;
    /** The follow-up page's type size: it is one page whatever the size of the assessment before it. */
    private static final float FOLLOW_UP_SIZE = 9f;
    /** The evidence lines per requirement a briefing has room for; the screen shows them all. */
    static final int EVIDENCE_LINES = 4;

    private BriefingPdf() {
    }

    /**
     * Writes the briefing in {@code locale}'s language (Japanese unless English) to {@code file},
     * replacing it only once the whole document is written.
     */
    public static void write(Briefing briefing, Locale locale, Path file) {
        Locale language = Messages.forLanguage(locale.getLanguage());
        String title = Messages.format(language, "briefing.title") + " — " + name(briefing, language);
        TextPages pages = fitted(briefing, language);
        AtomicFile.write(file, out -> pages.writePdf(title, language, out));
    }

    /** The briefing at the largest type size that fits its pages; at the smallest when none does. */
    private static TextPages fitted(Briefing briefing, Locale language) {
        int allowed = MAX_PAGES + (hasFollowUpPage(briefing) ? 1 : 0);
        TextPages pages = layout(briefing, language, BODY_SIZES[0]);
        for (int i = 1; i < BODY_SIZES.length && pages.count() > allowed; i++) {
            pages = layout(briefing, language, BODY_SIZES[i]);
        }
        return pages;
    }

    /** A designated material (or an item of one) gets a page of its follow-up after the requirements. */
    static boolean hasFollowUpPage(Briefing briefing) {
        return briefing.followUpMaterial() != null && !briefing.followUp().isEmpty();
    }

    /** 半導体（Semiconductors） in Japanese; the English name alone in English. */
    private static String name(Briefing briefing, Locale language) {
        return Messages.format(language, "briefing.materialName", briefing.material().nameJa(),
                briefing.material().nameEn());
    }

    private static TextPages layout(Briefing briefing, Locale language, float size) {
        AssessmentText words = new AssessmentText(language, briefing.definitions());
        EvidenceText figures = new EvidenceText(briefing.catalogue(), language);
        Findings findings = briefing.version().map(AssessmentVersion::findings).orElse(Findings.undetermined());
        Outcome outcome = Outcome.of(findings);
        TextPages pages = new TextPages();
        pages.paragraph(words.message("briefing.title"), size * 1.6f, 0, size * 0.4f);
        pages.paragraph(words.message(briefing.designated() ? "briefing.material.designated"
                : "briefing.material.candidate", name(briefing, language)), size * 1.25f, 0, size * 0.3f);
        pages.paragraph(header(words, briefing), size * 0.9f, 0, briefing.version().isPresent() ? 0 : size * 0.6f);
        // The version's chain hash: a reader can match the printout to the stored record (tenken check).
        briefing.version().ifPresent(v -> pages.paragraph(words.message("briefing.hash", v.hash()), size * 0.7f, 0,
                size * 0.6f));
        pages.rule();
        pages.paragraph(words.message("briefing.outcome", words.outcomeHeadline(outcome)), size * 1.2f, 0, 2);
        for (String reason : words.outcomeReasons(outcome, findings)) {
            pages.paragraph(words.message("briefing.bullet", reason), size, size, 0);
        }
        pages.paragraph("", size * 0.5f, 0, 0);
        for (Requirement requirement : Requirement.values()) {
            pages.rule();
            section(pages, words, figures, requirement, findings.of(requirement),
                    briefing.evidence().of(requirement), size);
        }
        briefing.strengths().ifPresent(strengths -> strengthsSection(pages, words,
                new StrengthsText(briefing.catalogue(), language), strengths,
                briefing.thresholds().high(), size));
        pages.rule();
        pages.paragraph(words.message("briefing.footer"), size * 0.75f, 0, 0);
        if (hasFollowUpPage(briefing)) {
            new FollowUpPage(pages, new FollowUpWords(language, briefing.catalogue()), FOLLOW_UP_SIZE)
                    .write(briefing);
        }
        return pages;
    }

    private static String header(AssessmentText words, Briefing briefing) {
        String date = briefing.date().toString();
        return briefing.version()
                .map(v -> words.message(v.reference() ? "briefing.header.reference" : "briefing.header",
                        String.valueOf(v.version()), words.assessor(v), words.recorded(v), date))
                .orElseGet(() -> words.message("briefing.header.none", date));
    }

    private static void section(TextPages pages, AssessmentText words, EvidenceText figures, Requirement requirement,
            Finding finding, List<Evidence> evidence, float size) {
        pages.paragraph(words.heading(requirement), size * 1.15f, 0, 2);
        pages.paragraph(words.message("briefing.judgment", words.judgment(finding.judgment())), size, size, 0);
        String rationale = finding.rationale(words.language());
        pages.paragraph(words.message("briefing.rationale", rationale.isEmpty()
                ? words.message("assessment.noRationale") : rationale), size, size, 0);
        if (!finding.references().isEmpty()) {
            pages.paragraph(words.message("briefing.references", finding.references()), size * 0.8f, size, 0);
        }
        pages.paragraph(words.message("briefing.evidence"), size, size, 0);
        briefed(evidence).forEach(figure -> {
            pages.paragraph(words.message("briefing.bullet", figure.describe(figures)), size, size * 2, 0);
            pages.paragraph(words.source(figure, figures), size * 0.75f, size * 3, 0);
        });
        if (evidence.size() > EVIDENCE_LINES) {
            pages.paragraph(words.message("briefing.moreEvidence", String.valueOf(evidence.size() - EVIDENCE_LINES)),
                    size * 0.8f, size * 2, 0);
        }
        pages.paragraph("", size * 0.4f, 0, 0);
    }

    /**
     * The section of the five technology-leakage materials: each item's Japanese world share with its
     * standing, what it measures, who depends on Japan and its source.
     */
    private static void strengthsSection(TextPages pages, AssessmentText words, StrengthsText text,
            List<Leverage> strengths, double high, float size) {
        pages.rule();
        pages.paragraph(words.message("briefing.strengths.heading"), size * 1.15f, 0, 2);
        pages.paragraph(words.message("briefing.strengths.explain", Percent.of(high)), size * 0.9f, size, 0);
        if (strengths.isEmpty()) {
            pages.paragraph(words.message("briefing.strengths.none"), size, size, 0);
        }
        for (Leverage leverage : strengths) {
            pages.paragraph(words.message("briefing.strengths.row", text.item(leverage), text.share(leverage),
                    text.standing(leverage)),
                    size, size * 2, 0);
            text.basis(leverage).ifPresent(line -> pages.paragraph(line, size * 0.8f, size * 3, 0));
            pages.paragraph(text.dependents(leverage), size * 0.8f, size * 3, 0);
            pages.paragraph(text.source(leverage), size * 0.75f, size * 3, 0);
        }
        pages.paragraph("", size * 0.4f, 0, 0);
    }

    /**
     * The figures a briefing has room for: the first few, but never without the worst supplier stop
     * (the look-through), which events listed first could otherwise push out.
     */
    static List<Evidence> briefed(List<Evidence> evidence) {
        List<Evidence> shown = new java.util.ArrayList<>(evidence.subList(0, Math.min(EVIDENCE_LINES, evidence.size())));
        evidence.stream().filter(ExposureFigure.class::isInstance).findFirst()
                .filter(worst -> !shown.contains(worst))
                .ifPresent(worst -> shown.set(shown.size() - 1, worst));
        return shown;
    }
}
