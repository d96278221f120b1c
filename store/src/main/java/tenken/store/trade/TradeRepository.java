package tenken.store.trade;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tenken.store.progress.ProgressMonitor;
import tenken.store.model.SupplyShare;

/**
 * The SQL of trade statistics: files and their flows, commodity mappings, derived shares. Each method works
 * inside the caller's transaction, so that an import, its flows and the shares derived from them land together.
 */
final class TradeRepository {

    private TradeRepository() {
    }

    /**
     * Starts replacing what {@code sourceFile} brought before: its flows (and through them their derived links)
     * are deleted, and the flows {@link FileFlows#add added} take their place.
     */
    static FileFlows replaceFile(Connection c, String sourceFile, TradeFormat format, ProgressMonitor monitor)
            throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM trade_import WHERE source_file = ?")) {
            delete.setString(1, sourceFile);
            delete.executeUpdate();
        }
        long importId;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO trade_import (source_file, format, imported_at,"
                + " rows_read, rows_kept) VALUES (?, ?, ?, 0, 0) RETURNING id")) {
            insert.setString(1, sourceFile);
            insert.setString(2, format.key());
            insert.setString(3, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            try (ResultSet inserted = insert.executeQuery()) {
                inserted.next();
                importId = inserted.getLong(1);
            }
        }
        // The ids SQLite would give (one past the largest), given here so that the flows need not be read back.
        long lastId;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) FROM trade_flow")) {
            lastId = r.getLong(1);
        }
        return new FileFlows(c, importId, format, lastId, monitor);
    }

    /** One file's flows being written, in batches, in the order they are added. */
    static final class FileFlows {
        private static final int BATCH = 5_000;

        private final Connection connection;
        private final long importId;
        private final TradeFormat format;
        private final ProgressMonitor monitor;
        private final PreparedStatement insert;
        private final List<StoredFlow> stored = new ArrayList<>();
        private long id;

        private FileFlows(Connection connection, long importId, TradeFormat format, long lastId, ProgressMonitor monitor)
                throws SQLException {
            this.connection = connection;
            this.importId = importId;
            this.format = format;
            this.monitor = monitor;
            this.id = lastId;
            this.insert = connection.prepareStatement("INSERT INTO trade_flow (id, import_id, reporter_iso3,"
                    + " partner_iso3, flow, classification, commodity_code, year, month, value, value_scale, currency,"
                    + " quantity, quantity_unit, quantity2, quantity2_unit)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        void add(TradeFlow f) throws SQLException {
            id++;
            stored.add(new StoredFlow(id, importId, format, asStored(f)));
            insert.setLong(1, id);
            insert.setLong(2, importId);
            insert.setString(3, f.reporter());
            insert.setString(4, f.partner());
            insert.setString(5, f.direction().key());
            insert.setString(6, f.classification());
            insert.setString(7, f.code());
            insert.setInt(8, f.year());
            setNullable(insert, 9, f.month());
            setNullable(insert, 10, f.value());
            insert.setInt(11, f.valueScale());
            insert.setString(12, f.currency());
            setNullable(insert, 13, f.quantity());
            insert.setString(14, f.quantity() == null ? "" : f.quantityUnit());
            setNullable(insert, 15, f.quantity2());
            insert.setString(16, f.quantity2() == null ? "" : f.quantity2Unit());
            insert.addBatch();
            if (stored.size() % BATCH == 0) {
                insert.executeBatch();
                monitor.checkCancelled();
            }
        }

        /** Writes what is left and the file's counts; returns its flows as now stored, in id order. */
        List<StoredFlow> finish(long rowsRead) throws SQLException {
            insert.executeBatch();
            insert.close();
            try (PreparedStatement counts = connection.prepareStatement(
                    "UPDATE trade_import SET rows_read = ?, rows_kept = ? WHERE id = ?")) {
                counts.setLong(1, rowsRead);
                counts.setLong(2, stored.size());
                counts.setLong(3, importId);
                counts.executeUpdate();
            }
            return stored;
        }
    }

    /** The flow as {@link #importFlows} reads it back: no unit where there is no quantity. */
    private static TradeFlow asStored(TradeFlow f) {
        return new TradeFlow(f.reporter(), f.partner(), f.direction(), f.classification(), f.code(), f.year(), f.month(),
                f.value(), f.valueScale(), f.currency(), f.quantity(), f.quantity() == null ? "" : f.quantityUnit(),
                f.quantity2(), f.quantity2() == null ? "" : f.quantity2Unit());
    }

    private static void setNullable(PreparedStatement s, int index, Number value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.NUMERIC);
        } else if (value instanceof Integer i) {
            s.setInt(index, i);
        } else {
            s.setDouble(index, value.doubleValue());
        }
    }

    /** The import flows whose code some mapping uses, in id order, of every file but {@code exceptImport}. */
    static List<StoredFlow> importFlows(Connection c, CodeFilter filter, long exceptImport) throws SQLException {
        List<StoredFlow> flows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT f.id, f.import_id, i.format, f.reporter_iso3,"
                + " f.partner_iso3, f.classification, f.commodity_code, f.year, f.month, f.value, f.value_scale,"
                + " f.currency, f.quantity, f.quantity_unit, f.quantity2, f.quantity2_unit FROM trade_flow f"
                + " JOIN trade_import i ON i.id = f.import_id WHERE f.flow = 'import' AND f.import_id <> ? ORDER BY f.id")) {
            s.setLong(1, exceptImport);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String code = r.getString(7);
                    if (!filter.keeps(code)) {
                        continue;
                    }
                    TradeFlow flow = new TradeFlow(r.getString(4), r.getString(5), TradeFlow.Direction.IMPORT,
                            r.getString(6), code, r.getInt(8), (Integer) nullable(r, 9, r.getInt(9)),
                            (Double) nullable(r, 10, r.getDouble(10)), r.getInt(11), r.getString(12),
                            (Double) nullable(r, 13, r.getDouble(13)), r.getString(14),
                            (Double) nullable(r, 15, r.getDouble(15)), r.getString(16));
                    flows.add(new StoredFlow(r.getLong(1), r.getLong(2), TradeFormat.ofKey(r.getString(3)).orElseThrow(),
                            flow));
                }
            }
        }
        return flows;
    }

    private static Object nullable(ResultSet r, int column, Object value) throws SQLException {
        return r.wasNull() ? null : value;
    }

    static List<CommodityMapping> mappings(Connection c) throws SQLException {
        List<CommodityMapping> mappings = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.material_key, m.stage_key, m.code, m.basis, m.unit,"
                + " m.note, m.source FROM commodity_mapping m JOIN material t ON t.key = m.material_key"
                + " ORDER BY t.sort_order, m.material_key, m.stage_key, m.code");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                mappings.add(new CommodityMapping(r.getString(1), r.getString(2), r.getString(3),
                        CommodityMapping.Basis.ofKey(r.getString(4)).orElseThrow(), r.getString(5), r.getString(6),
                        r.getString(7)));
            }
        }
        return mappings;
    }

    /** Replaces the mappings of every item in {@code items} by {@code mappings}. */
    static void replaceMappings(Connection c, Collection<CommodityMapping.Item> items, List<CommodityMapping> mappings)
            throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM commodity_mapping WHERE material_key = ? AND (stage_key = ? OR ? = '')")) {
            for (CommodityMapping.Item item : items) {
                delete.setString(1, item.material());
                delete.setString(2, item.stage());
                delete.setString(3, item.stage());
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO commodity_mapping (material_key, stage_key,"
                + " code, basis, unit, note, source) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (CommodityMapping m : mappings) {
                insert.setString(1, m.material());
                insert.setString(2, m.stage());
                insert.setString(3, m.code());
                insert.setString(4, m.basis().key());
                insert.setString(5, m.unit());
                insert.setString(6, m.note());
                insert.setString(7, m.source());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The hand-entered share of each importer in its own supply: (material, stage, importer, year) → share. */
    static Map<SupplyShare.GroupKey, Double> domesticShares(Connection c) throws SQLException {
        Map<SupplyShare.GroupKey, Double> domestic = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT material_key, stage_key, consumer_iso3, year, share"
                + " FROM supply_share WHERE supplier_iso3 = consumer_iso3");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                domestic.put(new SupplyShare.GroupKey(r.getString(1), r.getString(2), r.getString(3), r.getInt(4)),
                        r.getDouble(5));
            }
        }
        return domestic;
    }

    /** Replaces every derived share by {@code shares}, with their links to the flows. */
    static void replaceDerived(Connection c, List<DerivedShare> shares) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM derived_share");
        }
        // The table was just emptied: ids are given here, so that shares and links go in as two batches.
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO derived_share (id, material_key, stage_key,"
                + " consumer_iso3, supplier_iso3, share, year, source, basis, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement link = c.prepareStatement(
                     "INSERT INTO derived_share_flow (share_id, flow_id) VALUES (?, ?)")) {
            long id = 0;
            for (DerivedShare derived : shares) {
                SupplyShare share = derived.share();
                id++;
                insert.setLong(1, id);
                insert.setString(2, share.material());
                insert.setString(3, share.stage());
                insert.setString(4, share.consumer());
                insert.setString(5, share.supplier());
                insert.setDouble(6, Math.min(1, share.share()));
                insert.setInt(7, share.year());
                insert.setString(8, share.source());
                insert.setString(9, share.basis());
                insert.setString(10, share.note());
                insert.addBatch();
                for (long flowId : derived.flowIds()) {
                    link.setLong(1, id);
                    link.setLong(2, flowId);
                    link.addBatch();
                }
            }
            insert.executeBatch();
            link.executeBatch();
        }
    }
}
