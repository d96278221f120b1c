package tenken.store.followup;

/**
 * The categories of the business reports' progress, in the documents' order; {@link #column()} is the
 * CSV column and JSON key (a contract).
 */
public enum ReportCategory {
    AHEAD("ahead"),
    ON_PLAN("on_plan"),
    MINOR_DELAY("minor_delay"),
    DELAY("delay"),
    DISCONTINUED("discontinued");

    private final String column;

    ReportCategory(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    public String percentColumn() {
        return column + "_percent";
    }
}
