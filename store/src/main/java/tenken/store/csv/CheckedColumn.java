package tenken.store.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One column's checked values, remembered by the text they were read from. Checking a field (resolving a
 * name, parsing a number, looking for control or direction-override characters) depends on its text and
 * column alone, and a large file repeats the same few texts in a column row after row: the previous
 * row's text is compared first, then a bounded table of earlier texts. Only a text that passed is
 * remembered; a refused one is checked again on every row it comes on, so that each of them gets its
 * problem.
 */
final class CheckedColumn<T> {

    /** Texts remembered at most: a column of free text (a note per row) must not fill the heap. */
    private static final int REMEMBERED = 4_096;

    private final int index;
    private final List<ImportProblem> problems;
    private final Function<RowReader, T> check;
    private final Map<String, T> passed = new HashMap<>();
    private String lastText;
    private T lastValue;

    /** {@code check} reads this column of the reader's row: a non-null value, or a problem. */
    CheckedColumn(CsvReader csv, String column, Function<RowReader, T> check) {
        this.index = csv.column(column);
        this.problems = csv.problems();
        this.check = check;
    }

    /** The column's value in {@code reader}'s row; null, with the reader's problem added, when refused. */
    T value(CsvReader.Row row, RowReader reader) {
        String text = row.get(index);
        if (text.equals(lastText)) {
            return lastValue;
        }
        T value = passed.get(text);
        if (value == null) {
            int before = problems.size();
            value = check.apply(reader);
            if (problems.size() > before) {
                return null;
            }
            if (passed.size() == REMEMBERED) {
                passed.clear();
            }
            passed.put(text, value);
        }
        lastText = text;
        lastValue = value;
        return value;
    }
}
