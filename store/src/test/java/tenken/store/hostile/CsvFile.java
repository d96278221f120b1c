package tenken.store.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a generated CSV file, keeping count of physical lines (a record with a quoted line
 * break spans several) so that a generator knows the line each record starts on.
 */
public final class CsvFile {

    private final StringBuilder text = new StringBuilder();
    private final String newline;
    private long nextLine = 1;

    public CsvFile(String newline) {
        this.newline = newline;
    }

    /** Appends a record (already written as CSV) and returns the physical line it starts on. */
    public long add(String record) {
        long line = nextLine;
        text.append(record).append(newline);
        nextLine += 1 + lineBreaks(record);
        return line;
    }

    public String text() {
        return text.toString();
    }

    /** Fields joined by commas, each quoted when it holds a comma, quote or line break (RFC 4180). */
    public static String record(List<String> fields) {
        return String.join(",", fields.stream().map(CsvFile::quoted).toList());
    }

    /**
     * The record with one field, which {@code choices} picks, opened by a quote that is never properly closed
     * (nothing after it, text after a closing quote, or a stray quote inside).
     */
    public static String brokenQuote(Choices choices, List<String> values) {
        int column = choices.below(values.size());
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            fields.add(i == column ? "\"" + values.get(i).replace("\"", "") + choices.of("", "\" and more", "\"x")
                    : quoted(values.get(i)));
        }
        return String.join(",", fields);
    }

    public static String quoted(String field) {
        if (field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    private static long lineBreaks(String s) {
        long breaks = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }
}
