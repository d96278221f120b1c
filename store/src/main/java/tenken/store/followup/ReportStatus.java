package tenken.store.followup;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How the business reports of one follow-up round are distributed over the progress categories. A
 * document gives counts, percentages or both; what it does not give is absent, never filled in.
 *
 * @param asOf the date the round's evaluation is as of, null when the document does not say
 */
public record ReportStatus(int round, LocalDate asOf, int reports, Map<ReportCategory, Integer> counts,
                           Map<ReportCategory, Double> percents, String source, Note note) {

    public ReportStatus {
        counts = Collections.unmodifiableMap(counts.isEmpty() ? new EnumMap<>(ReportCategory.class) : new EnumMap<>(counts));
        percents = Collections.unmodifiableMap(percents.isEmpty() ? new EnumMap<>(ReportCategory.class)
                : new EnumMap<>(percents));
    }

    public Integer count(ReportCategory category) {
        return counts.get(category);
    }

    public Double percent(ReportCategory category) {
        return percents.get(category);
    }

    /**
     * The category's fraction of the round's reports: count ÷ reports where the count is given, else the
     * stated percentage ÷ 100; empty when neither is given.
     */
    public OptionalDouble fraction(ReportCategory category) {
        Integer count = counts.get(category);
        if (count != null && reports > 0) {
            return OptionalDouble.of(count / (double) reports);
        }
        Double percent = percents.get(category);
        return percent == null ? OptionalDouble.empty() : OptionalDouble.of(percent / 100);
    }
}
