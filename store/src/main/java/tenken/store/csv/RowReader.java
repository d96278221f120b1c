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

    /** The trimmed value, empty when absent. */
    String optional(String column) {
        return row.get(column);
    }

    /** An ISO date, {@code 2025-10-29}. */
    java.time.LocalDate date(String column) {
        String value = required(column);
        return value.isEmpty() ? null : parseDate(column, value);
    }

    /** An ISO date, or null when empty. */
    java.time.LocalDate optionalDate(String column) {
        String value = row.get(column);
        return value.isEmpty() ? null : parseDate(column, value);
    }

    private java.time.LocalDate parseDate(String column, String value) {
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            fail(column, Messages.get("followup.import.error.badDate", value));
            return null;
        }
    }

    /** A whole number of things, 0 or more. */
    Integer count(String column) {
        String value = required(column);
        return value.isEmpty() ? null : parseCount(column, value);
    }

    /** A whole number of things, 0 or more, or null when empty. */
    Integer optionalCount(String column) {
        String value = row.get(column);
        return value.isEmpty() ? null : parseCount(column, value);
    }

    private Integer parseCount(String column, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number < 0) {
                fail(column, Messages.get("followup.import.error.negative", value));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            fail(column, Messages.get("import.error.badInteger", value));
            return null;
        }
    }

    /** A year from {@code min} to {@code max}, or null when empty. */
    Integer optionalYear(String column, int min, int max) {
        return row.get(column).isEmpty() ? null : integer(column, min, max);
    }

    /** A number from 0 up. */
    Double amount(String column) {
        String value = required(column);
        return value.isEmpty() ? null : parseNumber(column, value, Double.MAX_VALUE);
    }

    /** A percentage from 0 to 100, or null when empty. */
    Double optionalPercent(String column) {
        String value = row.get(column);
        return value.isEmpty() ? null : parseNumber(column, value, 100);
    }

    private Double parseNumber(String column, String value, double max) {
        try {
            double number = Double.parseDouble(value);
            if (Double.isNaN(number) || number < 0 || number > max) {
                fail(column, Messages.get("followup.import.error.outOfRange", value, "0",
                        max == Double.MAX_VALUE ? "∞" : String.valueOf((long) max)));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            fail(column, Messages.get("import.error.badNumber", value));
            return null;
        }
    }

    /** One of {@code allowed}, or null (with a problem naming them) when not. */
    String oneOf(String column, java.util.Collection<String> allowed, boolean optional) {
        String value = optional ? row.get(column) : required(column);
        if (value.isEmpty()) {
            return null;
        }
        if (!allowed.contains(value)) {
            fail(column, Messages.get("followup.import.error.notOneOf", value, String.join(", ", allowed)));
            return null;
        }
        return value;
    }

    /** Records a problem found by the caller's own rule. */
    void problem(String column, String reason) {
        fail(column, reason);
    }

    long line() {
        return row.line();
    }

    private void fail(String column, String reason) {
        ok = false;
        problems.add(new ImportProblem(file, row.line(), column, reason));
    }
}
