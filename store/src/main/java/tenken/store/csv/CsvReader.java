package tenken.store.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tenken.assets.Messages;

/**
 * Reads a CSV file one row at a time (so a file of a million rows never sits in memory), strictly:
 * the header is checked (every required column, no column twice, none the format does not know),
 * every row must have exactly the header's number of fields (a field too many is refused, never
 * dropped), and each row carries the physical line it starts on, counting blank lines and the lines
 * inside quoted fields. Problems go to the given list; a syntax error stops the reading.
 */
public final class CsvReader implements Closeable {

    /** One data row: the physical line it starts on and its values in header order. */
    public static final class Row {
        private final long line;
        private final Map<String, Integer> columns;
        private final CSVRecord record;

        private Row(long line, Map<String, Integer> columns, CSVRecord record) {
            this.line = line;
            this.columns = columns;
            this.record = record;
        }

        public long line() {
            return line;
        }

        /** The trimmed value of {@code column}; empty when the header has no such column. */
        public String get(String column) {
            Integer index = columns.get(column);
            return index == null ? "" : record.get(index).strip();
        }

        /** The trimmed value of the column at {@code index} ({@link CsvReader#column}); empty when it is -1. */
        String get(int index) {
            return index < 0 ? "" : record.get(index).strip();
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setTrim(false)
            .build();

    private final String file;
    private final List<ImportProblem> problems;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    /** The physical line the next record starts on. */
    private long nextLine = 1;
    private boolean stopped;

    private CsvReader(String file, Reader reader, List<ImportProblem> problems) throws IOException {
        this.file = file;
        this.problems = problems;
        this.parser = CSVParser.parse(reader, FORMAT);
        this.records = parser.iterator();
    }

    /**
     * Opens {@code reader} and reads the header. {@code allowed} null means any column is allowed (the
     * shipped reference files); otherwise a column outside it is refused.
     *
     * @return the reader, or null when the header itself was refused (the problems say why)
     */
    public static CsvReader open(String file, Reader reader, List<String> required, List<String> allowed,
            List<ImportProblem> problems) {
        try {
            CsvReader csv = new CsvReader(file, reader, problems);
            return csv.readHeader(required, allowed) ? csv : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean readHeader(List<String> required, List<String> allowed) {
        CSVRecord first = nextRecord();
        if (first == null) {
            if (!stopped) {
                problems.add(new ImportProblem(file, 1, Messages.get("import.field.header"),
                        Messages.get("import.error.noHeader")));
            }
            return false;
        }
        int before = problems.size();
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i).strip();
            if (columns.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(file, 1, name.isEmpty() ? "\"\"" : name,
                        Messages.get("import.error.duplicateColumn")));
            } else if (allowed != null && !allowed.contains(name)) {
                problems.add(new ImportProblem(file, 1, name.isEmpty() ? "\"\"" : name,
                        Messages.get("import.error.unknownColumn", String.join(",", allowed))));
            }
            header.add(name);
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                problems.add(new ImportProblem(file, 1, column, Messages.get("import.error.missingColumn")));
            }
        }
        return problems.size() == before;
    }

    /** Every problem found so far, header and rows; the format readers add theirs to the same list. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** Physical lines read so far, for progress. */
    public long linesRead() {
        return nextLine - 1;
    }

    public List<String> header() {
        return header;
    }

    /** The index of {@code column} in the header, -1 when the header has no such column. */
    int column(String column) {
        return columns.getOrDefault(column, -1);
    }

    /** The next non-blank row whose field count matches the header, or null at the end (or after a syntax error). */
    public Row next() {
        while (true) {
            long line = nextLine;
            CSVRecord record = nextRecord();
            if (record == null) {
                return null;
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                problems.add(new ImportProblem(file, line, Messages.get("import.field.row"),
                        Messages.get(record.size() > header.size() ? "import.error.extraFields" : "import.error.missingFields",
                                record.size(), header.size())));
                continue;
            }
            return new Row(line, columns, record);
        }
    }

    /** The next record, keeping {@link #nextLine} on the physical line after it; null at the end or on a syntax error. */
    private CSVRecord nextRecord() {
        if (stopped) {
            return null;
        }
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            nextLine = parser.getCurrentLineNumber() + 1;
            return record;
        } catch (UncheckedIOException | IllegalStateException e) {
            stopped = true;
            problems.add(new ImportProblem(file, nextLine, Messages.get("import.field.syntax"), syntaxReason(e)));
            return null;
        }
    }

    /** Commons CSV's own wording is for programmers; say what is wrong in the analyst's terms. */
    private static String syntaxReason(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("eof reached before encapsulated token finished")) {
                return Messages.get("import.error.unclosedQuote");
            }
            if (message.contains("between encapsulated token and delimiter")) {
                return Messages.get("import.error.textAfterQuote");
            }
            if (t instanceof java.nio.charset.CharacterCodingException) {
                return Messages.get("import.error.encodingUnknown");
            }
        }
        return Messages.get("import.error.syntaxOther");
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
