package tenken.store.trade;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import tenken.assets.Messages;
import tenken.store.csv.ImportException;
import tenken.store.csv.ImportProblem;

/**
 * Streams the rows of a CSV file with their physical line numbers (line 1 is the header), after checking
 * the header has every required column, never holding the whole file.
 */
final class CsvRows {

    private CsvRows() {
    }

    /** Calls {@code each} for every non-blank row; returns the number of rows. */
    static long stream(String file, Reader text, List<String> required, Consumer<TradeRow> each) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
                .build();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<String> header = parser.getHeaderNames().stream().map(CsvRows::cleanHeader).toList();
            List<ImportProblem> missing = new ArrayList<>();
            for (String column : required) {
                if (!header.contains(column)) {
                    missing.add(new ImportProblem(file, 1, column, Messages.get("import.error.missingColumn")));
                }
            }
            if (!missing.isEmpty()) {
                throw new ImportException(missing);
            }
            long rows = 0;
            long nextLine = 2;
            for (CSVRecord record : parser) {
                long start = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                Map<String, String> values = new LinkedHashMap<>();
                boolean blank = true;
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    values.put(header.get(i), record.get(i));
                    blank &= record.get(i).isBlank();
                }
                if (!blank) {
                    rows++;
                    each.accept(new TradeRow(start, values));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CancellationException e) {
            // The user stopped the import from a row's callback; it is an IllegalStateException, not bad syntax.
            throw e;
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new ImportException(List.of(new ImportProblem(file, lineOf(e), Messages.get("import.field.syntax"),
                    Messages.get("import.error.syntax", String.valueOf(e.getMessage())))));
        }
    }

    /** A header as spreadsheets save it: a byte-order mark or quotes around a name are not part of it. */
    private static String cleanHeader(String name) {
        return name.replace("\uFEFF", "").strip();
    }

    private static long lineOf(Exception e) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("line (\\d+)")
                .matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 1;
    }
}
