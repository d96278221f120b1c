package tenken.store.csv;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tenken.assets.Messages;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.model.NameLookup;
import tenken.store.model.ShareQuality;
import tenken.store.model.Stage;

/** Reads the fields of one CSV row, adding a problem for each bad value instead of stopping. */
final class RowReader {

    /** Longest display name, in characters. */
    static final int MAX_NAME = 200;
    /** Longest source, basis or note, in characters. */
    static final int MAX_TEXT = 2_000;

    private final String file;
    private final CsvReader.Row row;
    private final List<ImportProblem> problems;
    private boolean ok = true;

    RowReader(String file, CsvReader.Row row, List<ImportProblem> problems) {
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

    /** A required name: at most {@link #MAX_NAME} characters, on one line, without control or direction-override characters. */
    String name(String column) {
        String value = required(column);
        return checkedText(column, value, MAX_NAME, false) ? value : "";
    }

    /** A free text (source, basis, note): at most {@link #MAX_TEXT} characters; line breaks allowed. */
    String text(String column, boolean required) {
        String value = required ? required(column) : row.get(column);
        return checkedText(column, value, MAX_TEXT, true) ? value : "";
    }

    private boolean checkedText(String column, String value, int max, boolean lineBreaks) {
        if (value.length() > max) {
            fail(column, Messages.get("import.error.tooLong", value.length(), max));
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = Character.isISOControl(c) && !(lineBreaks && (c == '\n' || c == '\r' || c == '\t'));
            boolean bidi = c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
            if (control || bidi) {
                fail(column, Messages.get("import.error.controlCharacter", String.format(Locale.ROOT, "U+%04X", (int) c)));
                return false;
            }
        }
        return true;
    }

    /** The key of the material named by key, Japanese or English name; unknown is refused with the closest. */
    String material(String column, NameLookup names, Map<String, String> resolved) {
        String value = name(column);
        if (value.isEmpty()) {
            return value;
        }
        String key = resolved.get(value);
        if (key == null) {
            Optional<Material> material = names.material(value);
            if (material.isEmpty()) {
                fail(column, names.unknownMaterial(value));
                return "";
            }
            key = material.get().key();
            resolved.put(value, key);
        }
        return key;
    }

    /** The key of the stage named by key, Japanese or English name. */
    String stage(String column, NameLookup names, Map<String, String> resolved) {
        String value = name(column);
        if (value.isEmpty()) {
            return value;
        }
        String key = resolved.get(value);
        if (key == null) {
            Optional<Stage> stage = names.stage(value);
            if (stage.isEmpty()) {
                fail(column, names.unknownStage(value));
                return "";
            }
            key = stage.get().key();
            resolved.put(value, key);
        }
        return key;
    }

    /**
     * An ISO3 code the store knows, other than {@code refused}: the world ({@code WLD}) supplies nothing
     * by itself, and the rest of the world ({@code ROW}) is no consumer. Other aggregates (the EU,
     * China and India combined) are both, as the sources report them.
     */
    String country(String column, Map<String, Country> known, String refused, String refusedKey) {
        String value = required(column);
        if (value.isEmpty()) {
            return value;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (!known.containsKey(code)) {
            fail(column, Messages.get("import.error.unknownCountry", value));
        } else if (code.equals(refused)) {
            fail(column, Messages.get(refusedKey, value));
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

    /**
     * A number from 0 to 1 inclusive, written as a plain decimal ({@code 0.5}, {@code .5}, full-width
     * {@code ０．５}): no exponent, hexadecimal, type suffix, NaN or Infinity, and digits in ASCII after
     * NFKC only (Arabic-Indic digits are refused, as for years).
     */
    Double fraction(String column) {
        String value = required(column);
        if (value.isEmpty()) {
            return null;
        }
        String plain = asciiForm(value);
        if (!isPlainDecimal(plain)) {
            fail(column, Messages.get("import.error.badNumber", value));
            return null;
        }
        double number = Double.parseDouble(plain);
        if (number < 0 || number > 1) {
            fail(column, Messages.get("import.error.shareRange", value));
            return null;
        }
        return number;
    }

    /** A whole number in ASCII digits after NFKC (full-width accepted), within {@code min..max}. */
    Integer integer(String column, int min, int max) {
        String value = required(column);
        if (value.isEmpty()) {
            return null;
        }
        String plain = asciiForm(value);
        if (plain.isEmpty() || plain.length() > 9 || !allDigits(plain, 0, plain.length())) {
            fail(column, Messages.get("import.error.badInteger", value));
            return null;
        }
        int number = Integer.parseInt(plain);
        if (number < min || number > max) {
            fail(column, Messages.get("import.error.yearRange", value, String.valueOf(min), String.valueOf(max)));
            return null;
        }
        return number;
    }

    /** NFKC, so that full-width digits and full stops become ASCII; ASCII text is already in that form. */
    private static String asciiForm(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
            }
        }
        return value;
    }

    /** {@code -?digits(.digits)?} or {@code -?.digits}, ASCII only (the minus so that -0.1 is "out of range", not "not a number"). */
    private static boolean isPlainDecimal(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        int dot = s.indexOf('.');
        if (dot < 0) {
            return s.length() > start && allDigits(s, start, s.length());
        }
        boolean whole = dot == start || allDigits(s, start, dot);
        return whole && dot + 1 < s.length() && allDigits(s, dot + 1, s.length());
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return to > from;
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

    long line() {
        return row.line();
    }

    /** Records a problem with {@code column}: by this reader's rules, or by the caller's own. */
    void fail(String column, String reason) {
        ok = false;
        problems.add(new ImportProblem(file, row.line(), column, reason));
    }
}
