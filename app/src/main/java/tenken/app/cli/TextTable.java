package tenken.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import tenken.graph.format.Percent;

/**
 * A plain-text table for the terminal. Columns are padded by display width, not by characters:
 * Japanese characters take two columns in a terminal, so padding by {@code String.length()} would
 * misalign every row that mixes them with Latin text.
 */
final class TextTable {

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** {@code rightAligned[i]} for numeric columns. */
    TextTable(List<String> headers, boolean... rightAligned) {
        this.headers = List.copyOf(headers);
        this.rightAligned = rightAligned.clone();
    }

    void add(List<String> row) {
        rows.add(List.copyOf(row));
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (List<String> row : allRows()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        for (List<String> row : allRows()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String padding = " ".repeat(widths[i] - width(row.get(i)));
                boolean right = i < rightAligned.length && rightAligned[i];
                line.append(i == 0 ? "" : "  ").append(right ? padding : "").append(row.get(i))
                        .append(right ? "" : padding);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        return all;
    }

    /** A fraction as a percentage cell: {@code 0.942} → {@code 94.2%}. */
    static String percent(double fraction) {
        return Percent.oneDecimal(fraction, java.util.Locale.ROOT);
    }

    /** Display columns: East Asian wide and fullwidth characters take two. */
    static int width(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
