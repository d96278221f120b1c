package tenken.store.csv;

import java.util.List;
import java.util.Optional;

/**
 * The follow-up file formats, a contract. A file holds one table, told by its header: the table whose
 * identifying column the header has. Columns not listed as required may be absent or empty.
 */
public enum FollowUpTable {
    /** Certified plans per material and date. */
    PLANS("count", List.of("material", "as_of", "count", "source"), List.of("note_ja", "note_en")),
    /** Totals of certified plans as the documents state them. */
    PLAN_TOTALS("total", List.of("as_of", "total", "source"), List.of("note_ja", "note_en")),
    /** The business reports of a round by progress category. */
    REPORT_STATUS("reports", List.of("round", "reports", "source"), List.of("as_of", "ahead", "on_plan",
            "minor_delay", "delay", "discontinued", "ahead_percent", "on_plan_percent", "minor_delay_percent",
            "delay_percent", "discontinued_percent", "note_ja", "note_en")),
    /** Progress evaluations per material and date. */
    EVALUATIONS("mark", List.of("material", "as_of", "mark", "text_ja", "source"),
            List.of("text_en", "note_ja", "note_en")),
    /** Causes of plan changes and delays per round; {@code materials} separated by semicolons. */
    CAUSES("cause", List.of("round", "cause", "title_ja", "source"),
            List.of("materials", "title_en", "detail_ja", "detail_en")),
    /** Targets per material. */
    TARGETS("target_ja", List.of("material", "target_ja", "source"),
            List.of("target_en", "year", "note_ja", "note_en")),
    /** Fund figures in 億円; an empty material is government-wide. */
    FUNDS("measure", List.of("measure", "amount_oku_yen", "source"), List.of("material", "fiscal_year", "budget",
            "as_of", "estimate", "note_ja", "note_en"));

    private final String identifyingColumn;
    private final List<String> required;
    private final List<String> optional;

    FollowUpTable(String identifyingColumn, List<String> required, List<String> optional) {
        this.identifyingColumn = identifyingColumn;
        this.required = required;
        this.optional = optional;
    }

    public List<String> required() {
        return required;
    }

    /** Every column, required first: the header a complete file has. */
    public List<String> columns() {
        return java.util.stream.Stream.concat(required.stream(), optional.stream()).toList();
    }

    /** The one table whose identifying column {@code header} has; empty when none or several. */
    public static Optional<FollowUpTable> of(List<String> header) {
        List<FollowUpTable> matches = java.util.Arrays.stream(values())
                .filter(t -> header.contains(t.identifyingColumn)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    public String identifyingColumn() {
        return identifyingColumn;
    }
}
