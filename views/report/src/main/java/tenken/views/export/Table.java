package tenken.views.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table as exported: a title (the sheet's name), typed columns and rows of cells in column order.
 * Cells are {@link String}s, {@link Number}s or null; the column's kind says how a number is shown.
 */
public record Table(String title, List<Column> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream()
                // Not List.copyOf: an empty cell is null.
                .map(row -> Collections.unmodifiableList(new ArrayList<>(row)))
                .toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + title + " has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /** A column: its header in the session language and what its cells hold. */
    public record Column(String header, Kind kind) {
    }

    /** What a column holds; a spreadsheet keeps numbers as numbers so that analysts can compute with them. */
    public enum Kind {
        TEXT,
        INTEGER,
        DECIMAL,
        /** A fraction of supply, 0..1: shown as a percentage in a spreadsheet, written as the fraction in CSV. */
        SHARE
    }
}
