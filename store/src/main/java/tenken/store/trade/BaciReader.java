package tenken.store.trade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tenken.assets.Messages;
import tenken.store.csv.CsvReader;
import tenken.store.csv.CsvTable;
import tenken.store.progress.ProgressMonitor;

/**
 * CEPII's BACI: {@code t,i,j,k,v,q} — year, exporter, importer (BACI's numeric country codes, named in its
 * {@code country_codes} file), HS6 product, value in thousand US dollars, quantity in tonnes ({@code NA} where
 * missing). Exporter i's flow to importer j is kept as j's import from i.
 *
 * <p>A BACI year has about ten million rows, so the file is streamed in large byte blocks and each row is
 * parsed in place: the product code is read first and a row whose code no mapping uses costs no object at
 * all. Commons CSV would build a record of six strings per row; that alone took longer than the whole of
 * pandas' reading, which is why this one format has its own scanner (the format has no quoting to handle).
 * Every row is still checked, so a bad row anywhere refuses the file.
 */
final class BaciReader {

    static final List<String> HEADER = List.of("t", "i", "j", "k", "v", "q");
    private static final String[] FIELDS = {"t", "i", "j", "k", "v", "q"};
    private static final int BLOCK = 1 << 20;
    private static final long PROGRESS_EVERY = 1 << 18;

    private BaciReader() {
    }

    /** BACI's country codes → ISO3, from its {@code country_codes} file (columns country_code, country_iso3). */
    static final class CountryCodes {
        /** The ISO3 of each code; for a code whose ISO3 the store does not know, that ISO3 and {@code unknown}. */
        private final String[] iso3ByCode;
        private final boolean[] unknown;

        CountryCodes(String[] iso3ByCode, boolean[] unknown) {
            this.iso3ByCode = iso3ByCode;
            this.unknown = unknown;
        }

        static CountryCodes read(String file, CsvTable table, Set<String> knownCountries) {
            Problems problems = new Problems(file);
            String[] iso3ByCode = new String[1000];
            boolean[] unknown = new boolean[1000];
            for (CsvReader.Row row : table.rows()) {
                Fields fields = new Fields(new TradeRow(row.line(), Map.of("country_code", row.get("country_code"),
                        "country_iso3", row.get("country_iso3"))), problems);
                String code = fields.required("country_code");
                String iso3 = fields.required("country_iso3").toUpperCase(java.util.Locale.ROOT);
                try {
                    int number = Integer.parseInt(code);
                    if (number < 0 || number >= iso3ByCode.length) {
                        throw new NumberFormatException();
                    }
                    // A code the store does not know stays unknown, and is refused only where a flow uses it.
                    iso3ByCode[number] = iso3;
                    unknown[number] = !knownCountries.contains(iso3);
                } catch (NumberFormatException e) {
                    fields.fail("country_code", Messages.get("import.error.badInteger", code));
                }
            }
            problems.throwIfAny();
            return new CountryCodes(iso3ByCode, unknown);
        }
    }

    static ParsedFile read(String file, InputStream in, long totalBytes, CountryCodes countries, CodeFilter filter,
            ProgressMonitor monitor) {
        Scanner scanner = new Scanner(file, countries, filter);
        try {
            byte[] buffer = new byte[BLOCK];
            int filled = 0;
            long consumed = 0;
            long nextProgress = PROGRESS_EVERY;
            int read;
            while ((read = in.read(buffer, filled, buffer.length - filled)) > 0 || filled > 0) {
                int end = filled + Math.max(read, 0);
                boolean last = read <= 0;
                int start = 0;
                while (start < end) {
                    int next = scanner.nextLine(buffer, start, end);
                    if (next < 0) {
                        break;     // the line goes on in the next block
                    }
                    start = next;
                }
                if (last) {
                    if (start < end) {
                        scanner.line(buffer, start, end);
                    }
                    consumed += end;
                    break;
                }
                consumed += start;
                filled = end - start;
                if (start == 0 && filled == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);   // a line longer than a block
                } else {
                    System.arraycopy(buffer, start, buffer, 0, filled);
                }
                if (scanner.lines >= nextProgress) {
                    nextProgress += PROGRESS_EVERY;
                    monitor.checkCancelled();
                    monitor.progress(consumed, totalBytes);
                }
            }
            monitor.progress(totalBytes, totalBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        scanner.finish();
        return new ParsedFile(TradeFormat.BACI, scanner.flows, scanner.rows);
    }

    /** Parses one line at a time, straight from the bytes. */
    private static final class Scanner {
        private final String file;
        private final CountryCodes countries;
        private final CodeFilter filter;
        private final Problems problems;
        private final List<TradeFlow> flows = new ArrayList<>();
        private final int[] starts = new int[6];
        private final int[] ends = new int[6];
        private long lines;
        private long rows;
        private boolean headerSeen;

        Scanner(String file, CountryCodes countries, CodeFilter filter) {
            this.file = file;
            this.countries = countries;
            this.filter = filter;
            this.problems = new Problems(file);
        }

        /**
         * Reads the line starting at {@code from} and returns where the next one starts, or -1 when the block
         * ends before the line does. The common row (digits, commas, a decimal point, spaces, NA) is parsed in
         * one pass over its bytes; the first row, and any row that is anything else, goes through
         * {@link #line}, which checks every field and says what is wrong.
         */
        int nextLine(byte[] b, int from, int end) {
            if (!headerSeen || problems.any()) {
                return slowLine(b, from, end);
            }
            int pos = from;
            long[] numbers = fast;
            for (int field = 0; field < 4; field++) {
                long value = 0;
                int digits = 0;
                byte c;
                while (pos < end && (c = b[pos]) >= '0' && c <= '9') {
                    value = value * 10 + (c - '0');
                    digits++;
                    pos++;
                }
                if (pos >= end) {
                    return slowLine(b, from, end);
                }
                if (b[pos] != ',' || digits == 0 || digits > 9) {
                    return slowLine(b, from, end);
                }
                numbers[field] = value;
                pos++;
            }
            int valueStart = pos;
            int points = 0;
            int digits = 0;
            byte c = 0;
            while (pos < end && (c = b[pos]) != ',') {
                if (c == '.') {
                    points++;
                } else if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c != ' ') {
                    return slowLine(b, from, end);
                }
                pos++;
            }
            if (pos >= end || digits == 0 || points > 1) {
                return slowLine(b, from, end);
            }
            int valueEnd = pos++;
            int quantityStart = pos;
            points = 0;
            digits = 0;
            boolean na = false;
            while (pos < end && (c = b[pos]) != '\n') {
                if (c == '.') {
                    points++;
                } else if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c == 'N' && pos + 1 < end && b[pos + 1] == 'A' && !na) {
                    na = true;
                    pos++;
                } else if (c != ' ' && c != '\r') {
                    return slowLine(b, from, end);
                }
                pos++;
            }
            if (pos >= end || points > 1 || (na ? digits > 0 || points > 0 : digits == 0)) {
                return slowLine(b, from, end);
            }
            int year = (int) numbers[0];
            int exporter = (int) numbers[1];
            int importer = (int) numbers[2];
            int product = (int) numbers[3];
            if (year < Fields.MIN_YEAR || year > Fields.MAX_YEAR || product > 999_999 || !isKnown(exporter)
                    || !isKnown(importer)) {
                return slowLine(b, from, end);
            }
            lines++;
            rows++;
            if (filter.keepsHs6(product)) {
                starts[4] = valueStart;
                ends[4] = valueEnd;
                starts[5] = quantityStart;
                ends[5] = pos;
                keep(b, year, exporter, importer, product);
            }
            return pos + 1;
        }

        private final long[] fast = new long[4];

        private boolean isKnown(int code) {
            return code < countries.iso3ByCode.length && countries.iso3ByCode[code] != null && !countries.unknown[code];
        }

        /** The line from {@code from} to its end through {@link #line}; -1 when it is not complete in the block. */
        private int slowLine(byte[] b, int from, int end) {
            for (int pos = from; pos < end; pos++) {
                if (b[pos] == '\n') {
                    line(b, from, pos);
                    return pos + 1;
                }
            }
            return -1;
        }

        private void keep(byte[] b, int year, int exporter, int importer, int product) {
            double value = number(b, 4);
            double tonnes = number(b, 5);
            flows.add(new TradeFlow(countries.iso3ByCode[importer], countries.iso3ByCode[exporter],
                    TradeFlow.Direction.IMPORT, TradeFlow.HS, CodeFilter.hs6Text(product), year, null, value, 1000,
                    "USD", Double.isNaN(tonnes) ? null : tonnes * 1000, Units.KILOGRAM, null, ""));
        }

        void line(byte[] b, int from, int to) {
            lines++;
            if (to > from && b[to - 1] == '\r') {
                to--;
            }
            if (isBlank(b, from, to)) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                String header = new String(b, from, to - from, java.nio.charset.StandardCharsets.US_ASCII)
                        .replace("\"", "").replace(" ", "");
                if (!header.equals(String.join(",", HEADER))) {
                    problems.add(lines, Messages.get("trade.field.header"),
                            Messages.get("trade.error.baciHeader", String.join(",", HEADER)));
                    problems.throwIfAny();
                }
                return;
            }
            rows++;
            int count = split(b, from, to);
            if (count != 6) {
                problems.add(lines, Messages.get("trade.field.row"), Messages.get("trade.error.columns", "6",
                        String.valueOf(count)));
                return;
            }
            int year = integer(b, 0);
            int exporter = integer(b, 1);
            int importer = integer(b, 2);
            int product = integer(b, 3);
            boolean valueOk = checkNumber(b, 4, false);
            boolean quantityOk = checkNumber(b, 5, true);
            if (year != BAD && (year < Fields.MIN_YEAR || year > Fields.MAX_YEAR)) {
                problems.add(lines, "t", Messages.get("import.error.yearRange", String.valueOf(year),
                        String.valueOf(Fields.MIN_YEAR), String.valueOf(Fields.MAX_YEAR)));
                year = BAD;
            }
            String partner = country(exporter, "i");
            String reporter = country(importer, "j");
            if (product != BAD && product > 999_999) {
                problems.add(lines, "k", Messages.get("trade.error.hs6", text(b, 3)));
                product = BAD;
            }
            if (year == BAD || partner == null || reporter == null || product == BAD || !valueOk || !quantityOk
                    || problems.any() || !filter.keepsHs6(product)) {
                return;
            }
            keep(b, year, exporter, importer, product);
        }

        void finish() {
            if (!headerSeen) {
                problems.add(1, Messages.get("trade.field.header"),
                        Messages.get("trade.error.baciHeader", String.join(",", HEADER)));
            }
            problems.throwIfAny();
        }

        private String country(int code, String field) {
            if (code == BAD) {
                return null;
            }
            String iso3 = code >= 0 && code < countries.iso3ByCode.length ? countries.iso3ByCode[code] : null;
            if (iso3 == null) {
                problems.add(lines, field, Messages.get("trade.error.unknownBaciCountry", String.valueOf(code)));
                return null;
            }
            if (countries.unknown[code]) {
                problems.add(lines, field, Messages.get("import.error.unknownCountry", iso3));
                return null;
            }
            return iso3;
        }

        private int split(byte[] b, int from, int to) {
            int field = 0;
            starts[0] = from;
            for (int pos = from; pos < to; pos++) {
                if (b[pos] == ',') {
                    if (field < 5) {
                        ends[field] = pos;
                        starts[field + 1] = pos + 1;
                    }
                    field++;
                }
            }
            if (field < 6) {
                ends[field] = to;
            }
            return field + 1;
        }

        private static final int BAD = Integer.MIN_VALUE;

        /** A non-negative integer, spaces and quotes around it allowed; a problem and BAD otherwise. */
        private int integer(byte[] b, int field) {
            int from = starts[field];
            int to = ends[field];
            long value = 0;
            int digits = 0;
            for (int pos = from; pos < to; pos++) {
                byte c = b[pos];
                if (c >= '0' && c <= '9') {
                    value = value * 10 + (c - '0');
                    if (++digits > 9) {
                        break;
                    }
                } else if (c != ' ' && c != '"') {
                    digits = -1;
                    break;
                }
            }
            if (digits <= 0 || digits > 9) {
                problems.add(lines, FIELDS[field], digits == 0 ? Messages.get("import.error.missingValue")
                        : Messages.get("import.error.badInteger", text(b, field)));
                return BAD;
            }
            return (int) value;
        }

        /** Checks a decimal number (digits, at most one point; NA where {@code naAllowed}). */
        private boolean checkNumber(byte[] b, int field, boolean naAllowed) {
            int from = starts[field];
            int to = ends[field];
            int digits = 0;
            int points = 0;
            boolean na = false;
            boolean bad = false;
            for (int pos = from; pos < to; pos++) {
                byte c = b[pos];
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c == '.') {
                    points++;
                } else if (c == 'N' && pos + 1 < to && b[pos + 1] == 'A') {
                    na = true;
                    pos++;
                } else if (c != ' ' && c != '"') {
                    bad = true;
                }
            }
            if (na && !bad && digits == 0 && points == 0) {
                if (naAllowed) {
                    return true;
                }
                problems.add(lines, FIELDS[field], Messages.get("trade.error.valueMissing"));
                return false;
            }
            if (bad || na || digits == 0 || points > 1) {
                problems.add(lines, FIELDS[field], digits == 0 && !bad && !na
                        ? Messages.get("import.error.missingValue")
                        : Messages.get("import.error.badNumber", text(b, field)));
                return false;
            }
            return true;
        }

        /**
         * The checked decimal as the nearest double (digits as a whole number, divided by a power of ten:
         * both exact below 2^53, so the one division rounds correctly); NaN for NA.
         */
        private double number(byte[] b, int field) {
            long mantissa = 0;
            int decimals = 0;
            boolean afterPoint = false;
            int significant = 0;
            boolean na = false;
            for (int pos = starts[field]; pos < ends[field]; pos++) {
                byte c = b[pos];
                if (c >= '0' && c <= '9') {
                    if (significant < 17) {
                        mantissa = mantissa * 10 + (c - '0');
                        if (mantissa > 0) {
                            significant++;
                        }
                        if (afterPoint) {
                            decimals++;
                        }
                    } else if (!afterPoint) {
                        return Double.parseDouble(text(b, field).replace("\"", ""));
                    }
                } else if (c == '.') {
                    afterPoint = true;
                } else if (c == 'N') {
                    na = true;
                }
            }
            if (na) {
                return Double.NaN;
            }
            if (significant > 15 || decimals >= POWERS_OF_TEN.length) {
                return Double.parseDouble(text(b, field).replace("\"", ""));
            }
            return decimals == 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals];
        }

        private String text(byte[] b, int field) {
            return new String(b, starts[field], ends[field] - starts[field], java.nio.charset.StandardCharsets.US_ASCII)
                    .strip();
        }

        private static boolean isBlank(byte[] b, int from, int to) {
            for (int pos = from; pos < to; pos++) {
                if (b[pos] != ' ' && b[pos] != '\t') {
                    return false;
                }
            }
            return true;
        }
    }

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = Math.pow(10, i);
        }
    }
}
