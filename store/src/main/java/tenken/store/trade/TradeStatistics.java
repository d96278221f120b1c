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
import java.util.concurrent.CancellationException;
import tenken.assets.Messages;
import tenken.store.csv.CsvTable;
import tenken.store.csv.ImportException;
import tenken.store.csv.ImportProblem;
import tenken.store.csv.TextDecoder;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.SupplyShare;
import tenken.store.progress.ProgressMonitor;
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
        TradeFormat detected = format != null ? format : detect(file);
        Set<String> known = knownCountries();
        CodeFilter filter = new CodeFilter(inTransaction(c -> TradeRepository.mappings(c)).stream()
                .map(CommodityMapping::code).toList());
        ParsedFile parsed = switch (detected) {
            case JAPAN_CUSTOMS -> JapanCustomsReader.read(name, decode(file, encoding), known,
                    customsCountries(countries), monitor);
            case COMTRADE -> ComtradeReader.read(name, decode(file, encoding), known, monitor);
            case BACI -> readBaci(file, name, countries, known, filter, monitor);
        };
        monitor.checkCancelled();
        int derived = inTransaction(c -> {
            TradeRepository.replaceFile(c, name, parsed, monitor);
            return recompute(c);
        });
        return new Summary(name, detected, parsed.rowsRead(), parsed.flows().size(), derived);
    }

    private ParsedFile readBaci(Path file, String name, Path countries, Set<String> known, CodeFilter filter,
            ProgressMonitor monitor) {
        if (countries == null) {
            throw new ImportException(List.of(new ImportProblem(name, 1, "--countries",
                    Messages.get("trade.error.baciCountries"))));
        }
        String countriesName = countries.toAbsolutePath().toString();
        String text = text(countriesName, bytes(countries), null);
        BaciReader.CountryCodes codes = BaciReader.CountryCodes.read(countriesName,
                CsvTable.parse(countriesName, text, List.of("country_code", "country_iso3")), known);
        try (InputStream in = Files.newInputStream(file)) {
            return BaciReader.read(name, in, Files.size(file), codes, filter, monitor);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The format named by the file's first line. */
    public static TradeFormat detect(Path file) {
        String name = file.toAbsolutePath().toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] head = in.readNBytes(64 * 1024);
            String text = new String(head, StandardCharsets.ISO_8859_1);
            int end = text.indexOf('\n');
            String firstLine = (end < 0 ? text : text.substring(0, end)).replace("\r", "").replace("\u00EF\u00BB\u00BF", "");
            List<String> header = Arrays.stream(firstLine.split(",", -1)).map(h -> h.replace("\"", "").strip()).toList();
            return TradeFormat.detect(header).orElseThrow(() -> new ImportException(List.of(new ImportProblem(name, 1,
                    Messages.get("trade.field.header"), Messages.get("trade.error.unknownFormat")))));
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    private static String decode(Path file, Charset encoding) {
        String name = file.toAbsolutePath().toString();
        return text(name, bytes(file), encoding);
    }

    /** The file's text, its encoding decided as for every import (UTF-8 or Shift_JIS, or {@code encoding}). */
    public static String text(String name, byte[] bytes, Charset encoding) {
        TextDecoder.ByteSource source = TextDecoder.ByteSource.of(bytes);
        try (java.io.Reader reader = TextDecoder.reader(source, TextDecoder.decide(name, source, encoding))) {
            StringBuilder text = new StringBuilder();
            reader.transferTo(new java.io.Writer() {
                @Override public void write(char[] c, int off, int len) { text.append(c, off, len); }
                @Override public void flush() { }
                @Override public void close() { }
            });
            return text.toString();
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file.toAbsolutePath().toString(), e);
        }
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
            text = text(name, bytes(override), null);
        }
        Map<String, String> codes = new HashMap<>();
        for (tenken.store.csv.CsvReader.Row row : CsvTable.parse(name, text, List.of("customs_code", "iso3")).rows()) {
            codes.put(row.get("customs_code"), row.get("iso3"));
        }
        return codes;
    }

    /** Recomputes every derived share from the flows and mappings now stored; returns how many there are. */
    public int recompute() {
        return inTransaction(this::recompute);
    }

    private int recompute(Connection c) throws SQLException {
        List<CommodityMapping> mappings = TradeRepository.mappings(c);
        List<StoredFlow> flows = TradeRepository.importFlows(c, new CodeFilter(mappings.stream()
                .map(CommodityMapping::code).toList()));
        List<DerivedShare> derived = ShareDerivation.derive(mappings, flows, TradeRepository.domesticShares(c));
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
            return recompute(c);
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
