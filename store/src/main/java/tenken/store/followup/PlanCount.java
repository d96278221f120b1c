package tenken.store.followup;

import java.time.LocalDate;

/** The number of supply-assurance plans certified for one material as of a date, with its citation. */
public record PlanCount(String material, LocalDate asOf, int count, String source, Note note) {
}
