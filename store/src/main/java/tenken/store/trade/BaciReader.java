package tenken.store.trade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.sql.SQLException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tenken.assets.Messages;
import tenken.store.csv.CsvReader;
import tenken.store.csv.CsvTable;
import java.util.concurrent.CancellationException;
import tenken.store.progress.ProgressMonitor;

/**
 * CEPII's BACI: {@code t,i,j,k,v,q} — year, exporter, importer (BACI's numeric country codes, named in its
 * {@code country_codes} file), HS6 product, value in thousand US dollars, quantity in tonnes ({@code NA} where
 * missing). Exporter i's flow to importer j is kept as j's import from i.
 *
 * <p>A BACI year has about ten million rows, so the file is read in large byte blocks, in parts side by side,
 * and each row is checked in place in one pass over its bytes: only a row whose code some mapping uses becomes
 * an object (most rows do not). Commons CSV would build a record of six strings per row; that alone took
 * longer than the whole of pandas' reading, which is why this one format has its own scanner (the format has
 * no quoting to handle). Every row is still checked, so a bad row anywhere refuses the file.
 */
final class BaciReader {

    static final List<String> HEADER = List.of("t", "i", "j", "k", "v", "q");
    private static final String[] FIELDS = {"t", "i", "j", "k", "v", "q"};
    private static final int BLOCK = 1 << 20;
    /** Below this size a file is read in one part: a thread would cost more than it saves. */
    private static final long SMALL_FILE = 8L << 20;
    private static final long PROGRESS_MILLIS = 100;
    /** Flows handed over at a time from a part to the reading thread. */
    private static final int BATCH = 4096;

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

    /** Where the kept flows go, in file order, on the thread that called {@link #read}. */
    interface Sink {
        void accept(TradeFlow flow) throws SQLException;
    }

    /**
     * Reads the file in {@link #partsFor parts} parsed side by side, one per processor: each part starts after
     * a line break, so its lines are whole. This thread hands the kept flows to {@code sink} in file order as
     * the parts yield them (the first part's while it is read, the next one's after), reports progress and
     * watches for a cancel; the parts' line numbers and problems are joined in file order, so that the result
     * is what one pass would give. A refused file is refused after the sink has had some of its flows: the
     * sink is to write inside a transaction that the refusal rolls back.
     *
     * @param encodingCheck run before the file is refused when it has a byte outside ASCII: a BACI file is
     *     ASCII, so such a byte is rather a question of encoding, which the check answers in the words of
     *     every other import when the bytes are not text in any encoding Tenken reads
     * @return the number of data rows read
     */
    static long read(String file, Path path, CountryCodes countries, CodeFilter filter, ProgressMonitor monitor,
            Runnable encodingCheck, Sink sink) throws IOException, SQLException {
        return read(file, path, countries, filter, monitor, encodingCheck, sink,
                Files.size(path) < SMALL_FILE ? 1 : Runtime.getRuntime().availableProcessors());
    }

    /** {@link #read} in {@code partCount} parts. */
    static long read(String file, Path path, CountryCodes countries, CodeFilter filter, ProgressMonitor monitor,
            Runnable encodingCheck, Sink sink, int partCount) throws IOException, SQLException {
        long size = Files.size(path);
        List<Part> parts = new ArrayList<>();
        long[] bounds = partsFor(path, size, partCount);
        for (int i = 0; i + 1 < bounds.length; i++) {
            parts.add(new Part(path, bounds[i], bounds[i + 1], new Scanner(file, countries, filter, i == 0)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(parts.size(), work -> {
            Thread thread = new Thread(work, "baci-part");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Part part : parts) {
                running.add(pool.submit(() -> {
                    part.read();
                    return null;
                }));
            }
            for (int i = 0; i < parts.size(); i++) {
                BlockingQueue<List<TradeFlow>> batches = parts.get(i).scanner.batches;
                while (true) {
                    List<TradeFlow> batch = poll(batches);
                    if (batch != null) {
                        for (TradeFlow flow : batch) {
                            sink.accept(flow);
                        }
                    }
                    monitor.checkCancelled();
                    monitor.progress(parts.stream().mapToLong(part -> part.consumed).sum(), size);
                    // A part puts its last batch before it ends: once it has ended, an empty queue stays empty.
                    if (batch == null && running.get(i).isDone() && batches.isEmpty()) {
                        break;
                    }
                }
                rethrow(running.get(i));
                if (parts.get(0).scanner.headerRefused()) {
                    break;
                }
            }
            monitor.progress(size, size);
        } finally {
            parts.forEach(part -> part.stopped = true);
            pool.shutdownNow();
        }
        Problems problems = new Problems(file);
        long lines = 0;
        long rows = 0;
        boolean nonAscii = false;
        // A refused header: the first part's problem alone (the other parts were stopped).
        for (Part part : parts.get(0).scanner.headerRefused() ? parts.subList(0, 1) : parts) {
            problems.addAll(part.scanner.problems, lines);
            lines += part.scanner.lines;
            rows += part.scanner.rows;
            nonAscii |= part.scanner.nonAscii;
        }
        if (!parts.get(0).scanner.headerSeen) {
            problems.add(1, Messages.get("trade.field.header"), Messages.get("trade.error.baciHeader",
                    String.join(",", HEADER)));
        }
        if (problems.any() && nonAscii) {
            encodingCheck.run();
        }
        problems.throwIfAny();
        return rows;
    }

    private static List<TradeFlow> poll(BlockingQueue<List<TradeFlow>> batches) {
        try {
            return batches.poll(PROGRESS_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    /** A part's exception, as it was thrown; nothing when it ended normally or stopped at a refused header. */
    private static void rethrow(Future<?> part) {
        try {
            part.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HeaderRefused) {
                return;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException(e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    /**
     * Where the parts begin: {@code count} roughly equal byte ranges, each moved on to just after a line break
     * (a part can so come out empty); the last bound is the file's size.
     */
    static long[] partsFor(Path path, long size, int count) throws IOException {
        long[] bounds = new long[Math.max(1, count) + 1];
        bounds[bounds.length - 1] = size;
        try (FileChannel channel = FileChannel.open(path)) {
            ByteBuffer window = ByteBuffer.allocate(1 << 16);
            for (int i = 1; i < bounds.length - 1; i++) {
                long pos = Math.max(bounds[i - 1], size / count * i);
                bounds[i] = size;
                search:
                while (pos < size) {
                    window.clear();
                    int read = channel.read(window, pos);
                    for (int k = 0; k < read; k++) {
                        if (window.get(k) == '\n') {
                            bounds[i] = pos + k + 1;
                            break search;
                        }
                    }
                    pos += Math.max(read, 0);
                }
            }
        }
        return bounds;
    }

    /** One byte range of the file, read in large blocks and handed to its scanner line by line. */
    private static final class Part {
        private final Path path;
        private final long from;
        private final long to;
        private final Scanner scanner;
        /** Bytes read so far, for the progress the reading thread reports. */
        private volatile long consumed;
        private volatile boolean stopped;

        Part(Path path, long from, long to, Scanner scanner) {
            this.path = path;
            this.from = from;
            this.to = to;
            this.scanner = scanner;
        }

        void read() throws IOException {
            try (FileChannel channel = FileChannel.open(path)) {
                byte[] buffer = new byte[(int) Math.min(BLOCK, Math.max(1, to - from))];
                long position = from;
                int filled = 0;
                while (!stopped) {
                    int read = (int) Math.min(buffer.length - filled, to - position);
                    read = read > 0 ? channel.read(ByteBuffer.wrap(buffer, filled, read), position) : -1;
                    if (read > 0) {
                        position += read;
                    }
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
                        break;
                    }
                    filled = end - start;
                    if (start == 0 && filled == buffer.length) {
                        buffer = Arrays.copyOf(buffer, buffer.length * 2);   // a line longer than a block
                    } else {
                        System.arraycopy(buffer, start, buffer, 0, filled);
                    }
                    consumed = position - from - filled;
                }
                consumed = to - from;
            } finally {
                scanner.flush();
            }
        }
    }

    /** Stops reading a file whose first line is not BACI's header (the problem is recorded). */
    private static final class HeaderRefused extends RuntimeException {
        HeaderRefused() {
            super(null, null, false, false);
        }
    }

    /** Parses one line at a time, straight from the bytes. */
    private static final class Scanner {
        private final CountryCodes countries;
        private final CodeFilter filter;
        private final Problems problems;
        /** The kept flows, in batches handed over to the reading thread; {@code batch} is being filled. */
        private final BlockingQueue<List<TradeFlow>> batches = new LinkedBlockingQueue<>();
        private List<TradeFlow> batch = new ArrayList<>(BATCH);
        private final int[] starts = new int[6];
        private final int[] ends = new int[6];
        /** Lines and data rows of this scanner's part; line numbers in its problems count from the part's start. */
        private long lines;
        private long rows;
        /** True when the part has no header to read (it is not the file's beginning). */
        private boolean headerSeen;
        /** A line that needed the careful reader had a byte outside ASCII (or a control character). */
        private boolean nonAscii;
        /** The first line is not BACI's header: nothing more is read. */
        private boolean headerRefused;

        Scanner(String file, CountryCodes countries, CodeFilter filter, boolean readsHeader) {
            this.countries = countries;
            this.filter = filter;
            this.problems = new Problems(file);
            this.headerSeen = !readsHeader;
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

        boolean headerRefused() {
            return headerRefused;
        }

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
            batch.add(new TradeFlow(countries.iso3ByCode[importer], countries.iso3ByCode[exporter],
                    TradeFlow.Direction.IMPORT, TradeFlow.HS, CodeFilter.hs6Text(product), year, null, value, 1000,
                    "USD", Double.isNaN(tonnes) ? null : tonnes * 1000, Units.KILOGRAM, null, ""));
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                batches.add(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        void line(byte[] b, int from, int to) {
            lines++;
            if (to > from && b[to - 1] == '\r') {
                to--;
            }
            for (int pos = from; pos < to && !nonAscii; pos++) {
                nonAscii = b[pos] < ' ' && b[pos] != '\t';    // bytes from 0x80 are negative
            }
            if (isBlank(b, from, to)) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                if (lines == 1 && to - from >= 3 && b[from] == (byte) 0xEF && b[from + 1] == (byte) 0xBB
                        && b[from + 2] == (byte) 0xBF) {
                    from += 3;     // a UTF-8 byte-order mark, as spreadsheets save a file
                }
                String header = new String(b, from, to - from, java.nio.charset.StandardCharsets.US_ASCII)
                        .replace("\"", "").replace(" ", "");
                if (!header.equals(String.join(",", HEADER))) {
                    problems.add(lines, Messages.get("trade.field.header"),
                            Messages.get("trade.error.baciHeader", String.join(",", HEADER)));
                    // Not BACI at all: its rows are not read.
                    headerRefused = true;
                    throw new HeaderRefused();
                }
                return;
            }
            rows++;
            int count = split(b, from, to);
            if (count != 6) {
                problems.add(lines, Messages.get("trade.field.row"), Messages.get("trade.error.columns", 6, count));
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
