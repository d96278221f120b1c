package tenken.store.trade;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tenken.assets.Messages;
import tenken.store.csv.CsvTable;
import java.util.concurrent.CancellationException;
import tenken.store.csv.ImportException;
import tenken.store.progress.ProgressMonitor;
import tenken.store.csv.ImportProblem;
import tenken.store.csv.TextDecoder;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.SupplyShare;
import tenken.store.repo.CatalogueRepository;

/**
 * Trade statistics in the store: importing a file (all or nothing, its flows replacing what the same file
 * brought before), the commodity mappings, and the shares derived from both, recomputed in the same
 * transaction as any change to flows, mappings or the importer's own production.
 */
public final class TradeStatistics {

    /** The country table of Japan's trade statistics (customs code → ISO3), shipped with the program. */
    static final String CUSTOMS_COUNTRIES = "tenken/assets/seed/japan_customs_countries.csv";

    private final TenkenDatabase database;

    public TradeStatistics(TenkenDatabase database) {
        this.database = database;
    }

    /** What an import did. */
    public record Summary(String file, TradeFormat format, long rowsRead, int flowsKept, int derivedShares) {
    }

    /**
     * Imports a trade file.
     *
     * @param format null to detect it from the header
     * @param countries BACI's {@code country_codes} file, or for Japan Customs a table
     *     {@code customs_code,iso3} replacing the shipped one; null for the shipped one
     * @param encoding null to detect UTF-8 or Shift_JIS
     * @throws ImportException when anything in the file is wrong; nothing is written then
     */
    public Summary importFile(Path file, TradeFormat format, Path countries, Charset encoding, ProgressMonitor monitor) {
        String name = file.toAbsolutePath().toString();
        TextDecoder.ByteSource bytes = source(name, file);
        TradeFormat detected = format != null ? format : detect(name, bytes, encoding);
        Set<String> known = knownCountries();
        CodeFilter filter = new CodeFilter(inTransaction(c -> TradeRepository.mappings(c)).stream()
                .map(CommodityMapping::code).toList());
        // Japan Customs and Comtrade files are read first, then written; a BACI year is written as it is read,
        // inside the transaction that its refusal rolls back.
        ParsedFile parsed = switch (detected) {
            case JAPAN_CUSTOMS -> {
                Map<String, String> customsCodes = customsCountries(countries);
                try (CountingReader text = decoded(name, file, bytes, encoding)) {
                    yield JapanCustomsReader.read(name, text, known, customsCodes, monitor);
                }
            }
            case COMTRADE -> {
                try (CountingReader text = decoded(name, file, bytes, encoding)) {
                    yield ComtradeReader.read(name, text, known, monitor);
                }
            }
            case BACI -> null;
        };
        BaciReader.CountryCodes baciCountries = parsed == null ? baciCountries(name, countries, known) : null;
        monitor.checkCancelled();
        return inTransaction(c -> {
            try (java.sql.Statement pragma = c.createStatement()) {
                // A large file's pages stay in memory until the commit instead of spilling to the WAL as they
                // are written: 64 MB, a fixed bound whatever the file's size (as the share import does).
                pragma.execute("PRAGMA cache_size = -65536");
            }
            TradeRepository.FileFlows flows = TradeRepository.replaceFile(c, name, detected, monitor);
            long rows;
            if (parsed != null) {
                for (TradeFlow flow : parsed.flows()) {
                    flows.add(flow);
                }
                rows = parsed.rowsRead();
            } else {
                rows = readBaci(name, file, bytes, encoding, baciCountries, filter, monitor, flows);
            }
            List<StoredFlow> stored = flows.finish(rows);
            return new Summary(name, detected, rows, stored.size(), recompute(c, stored));
        });
    }

    private static BaciReader.CountryCodes baciCountries(String name, Path countries, Set<String> known) {
        if (countries == null) {
            throw new ImportException(List.of(new ImportProblem(name, 1, "--countries",
                    Messages.get("trade.error.baciCountries"))));
        }
        String countriesName = countries.toAbsolutePath().toString();
        return BaciReader.CountryCodes.read(countriesName, CsvTable.parse(countriesName,
                text(countriesName, countries, null), List.of("country_code", "country_iso3")), known);
    }

    /**
     * BACI is read as bytes, not decoded: it is ASCII, which reads the same in every encoding Tenken knows. Only
     * a file with other bytes, refused anyway, has its encoding decided, so that bytes that are no text in any
     * of them are told as such, in the words of every other import.
     */
    private static long readBaci(String name, Path file, TextDecoder.ByteSource bytes, Charset encoding,
            BaciReader.CountryCodes countries, CodeFilter filter, ProgressMonitor monitor, TradeRepository.FileFlows flows)
            throws SQLException {
        try {
            return BaciReader.read(name, file, countries, filter, monitor,
                    () -> TextDecoder.decide(name, bytes, encoding), flows::add);
        } catch (IOException e) {
            throw unreadable(name, e);
        } catch (UncheckedIOException e) {
            throw unreadable(name, e.getCause());
        }
    }

    /**
     * The format named by the file's first line. A file of no known format has its encoding decided first: bytes
     * that are no text are told as such, not as an unknown header.
     */
    private static TradeFormat detect(String name, TextDecoder.ByteSource bytes, Charset encoding) {
        byte[] head;
        try (InputStream in = bytes.open()) {
            head = in.readNBytes(64 * 1024);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        // The column names of every format are ASCII, which reads the same in UTF-8 and Shift_JIS.
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        String firstLine = (end < 0 ? text : text.substring(0, end)).replace("\r", "").replace("\u00EF\u00BB\u00BF", "");
        List<String> header = Arrays.stream(firstLine.split(",", -1)).map(h -> h.replace("\"", "").strip()).toList();
        return TradeFormat.detect(header).orElseGet(() -> {
            TextDecoder.decide(name, bytes, encoding);
            throw new ImportException(List.of(new ImportProblem(name, 1, Messages.get("trade.field.header"),
                    Messages.get("trade.error.unknownFormat"))));
        });
    }

    /**
     * The file's text, streamed as {@link TextDecoder} decides (UTF-8 or Shift_JIS, or {@code encoding}), with
     * the bytes read so far for progress.
     */
    private static CountingReader decoded(String name, Path file, TextDecoder.ByteSource bytes, Charset encoding) {
        TextDecoder.Decision decision = TextDecoder.decide(name, bytes, encoding);
        long[] read = new long[1];
        TextDecoder.ByteSource counted = () -> new java.io.FilterInputStream(bytes.open()) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                read[0] += Math.max(n, 0);
                return n;
            }
        };
        try {
            return new CountingReader(TextDecoder.reader(counted, decision), () -> read[0], Files.size(file));
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** A small file's whole text, its encoding decided as for every import (UTF-8 or Shift_JIS, or {@code encoding}). */
    private static String text(String name, Path file, Charset encoding) {
        TextDecoder.ByteSource bytes = source(name, file);
        return TextDecoder.read(name, bytes, TextDecoder.decide(name, bytes, encoding));
    }

    /** The file's bytes, streamed; a missing or unreadable file is refused here, before anything is read. */
    private static TextDecoder.ByteSource source(String name, Path file) {
        if (Files.isDirectory(file)) {
            throw unreadable(name, new IOException(Messages.get("import.error.isFolder")));
        }
        try (InputStream probe = Files.newInputStream(file)) {
            probe.read();
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        return () -> new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    private static ImportException unreadable(String name, IOException e) {
        return new ImportException(List.of(new ImportProblem(name, 0, Messages.get("import.field.file"),
                e instanceof NoSuchFileException ? Messages.get("import.error.noFile")
                        : Messages.get("import.error.unreadable", String.valueOf(e.getMessage())))));
    }

    /** Customs country code → ISO3 (empty for the special areas), the shipped table or {@code override}. */
    static Map<String, String> customsCountries(Path override) {
        String name;
        String text;
        if (override == null) {
            name = CUSTOMS_COUNTRIES;
            try (InputStream in = TradeStatistics.class.getClassLoader().getResourceAsStream(CUSTOMS_COUNTRIES)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            name = override.toAbsolutePath().toString();
            text = text(name, override, null);
        }
        Map<String, String> codes = new HashMap<>();
        for (tenken.store.csv.CsvReader.Row row : CsvTable.parse(name, text, List.of("customs_code", "iso3")).rows()) {
            codes.put(row.get("customs_code"), row.get("iso3"));
        }
        return codes;
    }

    /** Recomputes every derived share from the flows and mappings now stored; returns how many there are. */
    public int recompute() {
        return inTransaction(c -> recompute(c, List.of()));
    }

    /**
     * Derives the shares from the stored flows: {@code justStored} (one file's flows, all of them just written)
     * as they are in memory, every other file's read from the store.
     */
    private int recompute(Connection c, List<StoredFlow> justStored) throws SQLException {
        List<CommodityMapping> mappings = TradeRepository.mappings(c);
        CodeFilter filter = new CodeFilter(mappings.stream().map(CommodityMapping::code).toList());
        long justImported = justStored.isEmpty() ? -1 : justStored.get(0).importId();
        List<StoredFlow> flows = TradeRepository.importFlows(c, filter, justImported);
        // The file's ids are the largest in the store: appended, the list stays in id order.
        for (StoredFlow stored : justStored) {
            if (stored.flow().direction() == TradeFlow.Direction.IMPORT && filter.keeps(stored.flow().code())) {
                flows.add(stored);
            }
        }
        // Without flows nothing is derived, whatever the importers' own production: the look through every share
        // for it (half a second after a million-row import) is left out.
        List<DerivedShare> derived = flows.isEmpty() ? List.of()
                : ShareDerivation.derive(mappings, flows, TradeRepository.domesticShares(c));
        TradeRepository.replaceDerived(c, derived);
        return derived.size();
    }

    public List<CommodityMapping> mappings() {
        return inTransaction(TradeRepository::mappings);
    }

    /**
     * Replaces the mappings of every item the list names (an item listed without a code loses its mappings)
     * and recomputes the derived shares.
     */
    public int replaceMappings(Set<CommodityMapping.Item> items, List<CommodityMapping> mappings) {
        return inTransaction(c -> {
            TradeRepository.replaceMappings(c, items, mappings);
            return recompute(c, List.of());
        });
    }

    /** A derived share and whether the catalogue uses it (false: a hand-entered group wins). */
    public record Derived(SupplyShare share, boolean used, int flows) {
    }

    /** The derived shares, of one consumer and year where given (null for all). */
    public List<Derived> derivedShares(String consumer, Integer year) {
        return inTransaction(c -> {
            List<Derived> shares = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT d.material_key, d.stage_key, d.consumer_iso3,"
                    + " d.supplier_iso3, d.share, d.year, d.source, d.basis, d.note, "
                    + CatalogueRepository.HAND_GROUP_EXISTS + " AS overridden,"
                    + " (SELECT count(*) FROM derived_share_flow l WHERE l.share_id = d.id)"
                    + " FROM derived_share d WHERE (? IS NULL OR d.consumer_iso3 = ?) AND (? IS NULL OR d.year = ?)"
                    + " ORDER BY d.material_key, d.stage_key, d.consumer_iso3, d.year, d.share DESC, d.supplier_iso3")) {
                s.setString(1, consumer);
                s.setString(2, consumer);
                s.setObject(3, year);
                s.setObject(4, year);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        shares.add(new Derived(new SupplyShare(r.getString(1), r.getString(2), r.getString(3),
                                r.getString(4), r.getDouble(5), r.getInt(6), r.getString(7), r.getString(8),
                                tenken.store.model.ShareQuality.DERIVED.key(), r.getString(9), true), r.getInt(10) == 0,
                                r.getInt(11)));
                    }
                }
            }
            return shares;
        });
    }

    /** The groups where hand-entered and derived shares both exist (the hand-entered ones are used). */
    public List<SupplyShare.GroupKey> conflicts() {
        return inTransaction(c -> {
            List<SupplyShare.GroupKey> groups = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT d.material_key, d.stage_key,"
                    + " d.consumer_iso3, d.year FROM derived_share d WHERE " + CatalogueRepository.HAND_GROUP_EXISTS
                    + " ORDER BY 1, 2, 3, 4");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    groups.add(new SupplyShare.GroupKey(r.getString(1), r.getString(2), r.getString(3), r.getInt(4)));
                }
            }
            return groups;
        });
    }

    /** The importers present in the stored flows (consumers the derived shares can be asked for). */
    public Set<String> importers() {
        return inTransaction(c -> {
            Set<String> importers = new LinkedHashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT reporter_iso3 FROM trade_flow"
                    + " WHERE flow = 'import' ORDER BY 1");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    importers.add(r.getString(1));
                }
            }
            return importers;
        });
    }

    private Set<String> knownCountries() {
        return inTransaction(c -> {
            Set<String> codes = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT iso3 FROM country"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    codes.add(r.getString(1));
                }
            }
            return codes;
        });
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    <T> T inTransaction(Work<T> work) {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (CancellationException | ImportException e) {
            throw e;
        } catch (SQLException e) {
            throw database.translate(e);
        }
    }
}
