package tenken.store.csv;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV file (the shipped reference files) read whole with {@link CsvReader}'s rules; any
 * problem refuses it.
 */
public final class CsvTable {

    private final List<CsvReader.Row> rows;

    private CsvTable(List<CsvReader.Row> rows) {
        this.rows = rows;
    }

    public List<CsvReader.Row> rows() {
        return rows;
    }

    /** Parses {@code text}, which must have every {@code requiredColumns}. */
    public static CsvTable parse(String file, String text, List<String> requiredColumns) {
        List<ImportProblem> problems = new ArrayList<>();
        List<CsvReader.Row> rows = new ArrayList<>();
        CsvReader reader = CsvReader.open(file, new StringReader(text), requiredColumns, null, problems);
        if (reader != null) {
            try (reader) {
                for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
                    rows.add(row);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return new CsvTable(rows);
    }
}
