package tenken.store.model;

import java.time.LocalDate;

/**
 * The designation facts of a specified critical material: ministry in charge, date of designation,
 * fund budget (億円, 100 million yen) and certified plan count as of a date, each traceable to
 * {@code source}. Null numbers mean the source documents do not give them.
 */
public record Designation(
        String materialKey,
        String ministryJa,
        String ministryEn,
        LocalDate designatedOn,
        Double fundBudgetOkuYen,
        Integer certifiedPlans,
        LocalDate asOf,
        String source) {
}
