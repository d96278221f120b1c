package tenken.store.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tenken.assets.Messages;

/**
 * Reads a CSV file one row at a time (so a file of a million rows never sits in memory), strictly:
 * the header is checked (every required column, no column twice, none the format does not know),
 * every row must have exactly the header's number of fields (a field too many is refused, never
 * dropped), and each row carries the physical line it starts on, counting blank lines and the lines
 * inside quoted fields. Problems go to the given list; a syntax error stops the reading. The CSV
 * dialect is RFC 4180 as Apache Commons CSV reads it ({@link CsvLexer}).
 */
public final class CsvReader implements Closeable {

    /** One data row: the physical line it starts on and its values in header order. */
    public static final class Row {
        private final long line;
        private final Map<String, Integer> columns;
        private final String[] values;

        private Row(long line, Map<String, Integer> columns, String[] values) {
            this.line = line;
            this.columns = columns;
            this.values = values;
        }

        public long line() {
            return line;
        }

        /** The trimmed value of {@code column}; empty when the header has no such column. */
        public String get(String column) {
            Integer index = columns.get(column);
            return index == null ? "" : values[index].strip();
        }

        /** The trimmed value of the column at {@code index} ({@link CsvReader#column}); empty when it is -1. */
        String get(int index) {
            return index < 0 ? "" : values[index].strip();
        }
    }

    private final String file;
    private final List<ImportProblem> problems;
    private final Reader reader;
    private final CsvLexer lexer;
    private final List<String> header = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    /** The physical line the next record starts on. */
    private long nextLine = 1;
    private boolean stopped;

    private CsvReader(String file, Reader reader, List<ImportProblem> problems) {
        this.file = file;
        this.problems = problems;
        this.reader = reader;
        this.lexer = new CsvLexer(reader);
    }

    /**
     * Opens {@code reader} and reads the header. {@code allowed} null means any column is allowed (the
     * shipped reference files); otherwise a column outside it is refused.
     *
     * @return the reader, or null when the header itself was refused (the problems say why)
     */
    public static CsvReader open(String file, Reader reader, List<String> required, List<String> allowed,
            List<ImportProblem> problems) {
        CsvReader csv = new CsvReader(file, reader, problems);
        return csv.readHeader(required, allowed) ? csv : null;
    }

    private boolean readHeader(List<String> required, List<String> allowed) {
        String[] first = nextRecord();
        if (first == null) {
            if (!stopped) {
                problems.add(new ImportProblem(file, 1, Messages.get("import.field.header"),
                        Messages.get("import.error.noHeader")));
            }
            return false;
        }
        int before = problems.size();
        for (int i = 0; i < first.length; i++) {
            String name = first[i].strip();
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
            String[] record = nextRecord();
            if (record == null) {
                return null;
            }
            if (record.length == 1 && record[0].isBlank()) {
                continue;
            }
            if (record.length != header.size()) {
                problems.add(new ImportProblem(file, line, Messages.get("import.field.row"),
                        Messages.get(record.length > header.size() ? "import.error.extraFields" : "import.error.missingFields",
                                record.length, header.size())));
                continue;
            }
            return new Row(line, columns, record);
        }
    }

    /** The next record, keeping {@link #nextLine} on the physical line after it; null at the end or on a syntax error. */
    private String[] nextRecord() {
        if (stopped) {
            return null;
        }
        try {
            String[] record = lexer.next();
            nextLine = lexer.lines() + 1;
            return record;
        } catch (IOException e) {
            stopped = true;
            problems.add(new ImportProblem(file, nextLine, Messages.get("import.field.syntax"), syntaxReason(e)));
            return null;
        }
    }

    /** Say what is wrong in the analyst's terms. */
    private static String syntaxReason(IOException e) {
        if (e instanceof CsvLexer.SyntaxException syntax) {
            return Messages.get(switch (syntax.syntax()) {
                case UNCLOSED_QUOTE -> "import.error.unclosedQuote";
                case TEXT_AFTER_QUOTE -> "import.error.textAfterQuote";
            });
        }
        return Messages.get(e instanceof CharacterCodingException ? "import.error.encodingUnknown"
                : "import.error.syntaxOther");
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
