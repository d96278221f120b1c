package tenken.store.assessment;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One saved version of a material's assessment: who saved it (the workstation's assessor) and when
 * (UTC), why ({@code changeNote}), and the findings. {@code reference} marks the versions drawn from
 * the reasons for designation that government documents give, rather than entered by an analyst; such a
 * version is dated by its documents (the designation date, and {@link #documentDates()}), never by the
 * time the database was made.
 * {@code hash} is the version's SHA-256 chain hash ({@link AssessmentHash}), 64 hexadecimal digits.
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

    /** The assessor recorded on reference versions: they come from government documents, not a person. */
    public static final String REFERENCE_ASSESSOR = "seed";

    /** 2025年10月, 令和6年6月4日, 2023-11: the dates the references give for the documents they quote. */
    private static final Pattern WESTERN = Pattern.compile("(20\\d\\d)(?:年|-)(\\d{1,2})(?:月|-\\d{2}\\b)");
    private static final Pattern REIWA = Pattern.compile("令和(\\d{1,2}|[０-９]{1,2})年(\\d{1,2}|[０-９]{1,2})月");

    public Outcome outcome() {
        return Outcome.of(findings);
    }

    /**
     * The months of the documents this version quotes, oldest first, as its references date them
     * (2025年3月, 令和6年6月4日時点, 2022-12-20); empty when the references give no date.
     */
    public List<YearMonth> documentDates() {
        SortedSet<YearMonth> months = new TreeSet<>();
        for (Requirement requirement : Requirement.values()) {
            String references = findings.of(requirement).references();
            Matcher western = WESTERN.matcher(references);
            while (western.find()) {
                add(months, Integer.parseInt(western.group(1)), Integer.parseInt(western.group(2)));
            }
            Matcher reiwa = REIWA.matcher(references);
            while (reiwa.find()) {
                // 令和1年 is 2019.
                add(months, 2018 + digits(reiwa.group(1)), digits(reiwa.group(2)));
            }
        }
        return List.copyOf(months);
    }

    private static void add(SortedSet<YearMonth> months, int year, int month) {
        if (month >= 1 && month <= 12) {
            months.add(YearMonth.of(year, month));
        }
    }

    private static int digits(String text) {
        return Integer.parseInt(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC));
    }
}
