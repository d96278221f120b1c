package tenken.store.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tenken.assets.Messages;

/**
 * A CSV file read into rows that remember the line they started on, after checking that the header
 * has every required column. Column names are matched exactly (they are a contract analysts script
 * against); extra columns are ignored.
 */
public final class CsvTable {

    /** One data row: its 1-based starting line in the file and its values by column name. */
    public record Row(long line, Map<String, String> values) {

        /** The trimmed value of {@code column}, or an empty string when the row is short. */
        public String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }

        public boolean has(String column) {
            return values.containsKey(column);
        }
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean hasColumn(String column) {
        return header.contains(column);
    }

    /**
     * Parses {@code text}; a missing required column or a syntax error (an unclosed quote) is reported
     * with the file and line.
     */
    public static CsvTable parse(String file, String text, List<String> requiredColumns) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .build();
        List<ImportProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    problems.add(new ImportProblem(file, 1, column, Messages.get("import.error.missingColumn")));
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportException(problems);
            }
            List<Row> rows = new ArrayList<>();
            long nextLine = 2;
            for (CSVRecord record : parser) {
                long start = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (isBlank(record)) {
                    continue;
                }
                Map<String, String> values = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    values.put(header.get(i), record.get(i));
                }
                rows.add(new Row(start, values));
            }
            return new CsvTable(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new ImportException(List.of(new ImportProblem(file, lineOf(e), Messages.get("import.field.syntax"),
                    Messages.get("import.error.syntax", String.valueOf(e.getMessage())))));
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Commons CSV puts "(line N)" in its syntax messages; the line is 1 when it does not. */
    private static long lineOf(Exception e) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("line (\\d+)")
                .matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 1;
    }
}
