package tenken.store.csv;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import tenken.assets.Messages;
import tenken.store.model.Country;
import tenken.store.model.ShareQuality;

/** Reads the fields of one CSV row, adding a problem for each bad value instead of stopping. */
final class RowReader {

    private final String file;
    private final CsvTable.Row row;
    private final List<ImportProblem> problems;
    private boolean ok = true;

    RowReader(String file, CsvTable.Row row, List<ImportProblem> problems) {
        this.file = file;
        this.row = row;
        this.problems = problems;
    }

    boolean ok() {
        return ok;
    }

    String required(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            fail(column, Messages.get("import.error.missingValue"));
        }
        return value;
    }

    /** An ISO3 code the store knows; {@code ROW} only where {@code allowRestOfWorld}. */
    String country(String column, Set<String> known, boolean allowRestOfWorld) {
        String value = required(column);
        if (value.isEmpty()) {
            return value;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (!known.contains(code)) {
            fail(column, Messages.get("import.error.unknownCountry", value));
        } else if (!allowRestOfWorld && Country.REST_OF_WORLD.equals(code)) {
            fail(column, Messages.get("import.error.restOfWorldConsumer", value));
        }
        return code;
    }

    /** An optional {@link ShareQuality} key, returned in its canonical spelling; empty when absent. */
    String quality(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return value;
        }
        return ShareQuality.ofKey(value).map(ShareQuality::key).orElseGet(() -> {
            fail(column, Messages.get("import.error.unknownQuality", value,
                    String.join(", ", java.util.Arrays.stream(ShareQuality.values()).map(ShareQuality::key).toList())));
            return value;
        });
    }

    /** A number from 0 to 1 inclusive. */
    Double fraction(String column) {
        String value = required(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (Double.isNaN(number) || number < 0 || number > 1) {
                fail(column, Messages.get("import.error.shareRange", value));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            fail(column, Messages.get("import.error.badNumber", value));
            return null;
        }
    }

    Integer integer(String column, int min, int max) {
        String value = required(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                fail(column, Messages.get("import.error.yearRange", value, String.valueOf(min), String.valueOf(max)));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            fail(column, Messages.get("import.error.badInteger", value));
            return null;
        }
    }

    private void fail(String column, String reason) {
        ok = false;
        problems.add(new ImportProblem(file, row.line(), column, reason));
    }
}
