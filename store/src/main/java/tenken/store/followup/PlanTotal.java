package tenken.store.followup;

import java.time.LocalDate;

/**
 * A total of certified plans as a document states it. One date may carry two totals when a document
 * disagrees with itself (a table heading and its text); both are kept, and the note says so.
 */
public record PlanTotal(LocalDate asOf, int total, String source, Note note) {
}
