package tenken.store.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import tenken.store.model.SupplyShare;

/**
 * The writing half of a share import, inside {@link CatalogueWriter#replaceShares}'s transaction: when a
 * group's first row arrives, the rows the group had before the import are deleted; every row is then
 * inserted. The keys the rows use are collected so that {@link #finish} checks the foreign keys once per
 * distinct key instead of once per row.
 */
final class ShareReplacement implements AutoCloseable {

    /**
     * The table's primary-key order (V8: consumer, year, material, stage, supplier). A batch written in
     * this order walks the B-tree forward instead of jumping about in it.
     */
    static final Comparator<SupplyShare> PRIMARY_KEY_ORDER = Comparator.comparing(SupplyShare::consumer)
            .thenComparingInt(SupplyShare::year)
            .thenComparing(SupplyShare::material)
            .thenComparing(SupplyShare::stage)
            .thenComparing(SupplyShare::supplier);

    private final PreparedStatement clear;
    private final PreparedStatement insert;
    private final Set<SupplyShare.GroupKey> groups = new HashSet<>();
    private final Set<String> materials = new HashSet<>();
    private final Set<String> stages = new HashSet<>();
    private final Set<String> countries = new HashSet<>();
    /** The group of the previous row: rows of a group come together, so it is usually this row's. */
    private SupplyShare.GroupKey current;

    ShareReplacement(Connection connection) throws SQLException {
        this.clear = connection.prepareStatement("DELETE FROM supply_share WHERE consumer_iso3 = ? AND year = ?"
                + " AND material_key = ? AND stage_key = ?");
        this.insert = connection.prepareStatement("INSERT INTO supply_share (material_key, stage_key, consumer_iso3,"
                + " supplier_iso3, share, year, source, basis, quality, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** Writes a batch of rows, sorting it first (the batch is this writer's to reorder). */
    void write(List<SupplyShare> batch) throws SQLException {
        batch.sort(PRIMARY_KEY_ORDER);
        for (SupplyShare share : batch) {
            if (current == null || !inCurrentGroup(share)) {
                enter(share.group());
            }
            countries.add(share.supplier());
            insert.setString(1, share.material());
            insert.setString(2, share.stage());
            insert.setString(3, share.consumer());
            insert.setString(4, share.supplier());
            insert.setDouble(5, share.share());
            insert.setInt(6, share.year());
            insert.setString(7, share.source());
            insert.setString(8, share.basis());
            insert.setString(9, share.quality());
            insert.setString(10, share.note());
            insert.addBatch();
        }
        insert.executeBatch();
    }

    private boolean inCurrentGroup(SupplyShare share) {
        return share.year() == current.year() && share.material().equals(current.material())
                && share.stage().equals(current.stage()) && share.consumer().equals(current.consumer());
    }

    /**
     * Makes {@code group} the current one; on its first row, deletes what it had before the import. Rows
     * of other groups may wait unwritten in the insert batch: the delete cannot touch them. A group met
     * again later (its rows were not all together) keeps the rows already written for it.
     */
    private void enter(SupplyShare.GroupKey group) throws SQLException {
        current = group;
        if (!groups.add(group)) {
            return;
        }
        materials.add(group.material());
        stages.add(group.stage());
        countries.add(group.consumer());
        clear.setString(1, group.consumer());
        clear.setInt(2, group.year());
        clear.setString(3, group.material());
        clear.setString(4, group.stage());
        clear.executeUpdate();
    }

    /** Checks the foreign keys of every row written. */
    void finish(Connection connection) throws SQLException {
        requireAll(connection, "SELECT 1 FROM material WHERE key = ?", materials);
        requireAll(connection, "SELECT 1 FROM stage WHERE key = ?", stages);
        requireAll(connection, "SELECT 1 FROM country WHERE iso3 = ?", countries);
    }

    @Override
    public void close() throws SQLException {
        try (clear; insert) {
            // closes both, the second even when the first fails
        }
    }

    /** The foreign-key check SQLite would have made on each row, made once for each distinct key. */
    private static void requireAll(Connection connection, String sql, Collection<String> keys) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(sql)) {
            for (String key : keys) {
                exists.setString(1, key);
                try (ResultSet row = exists.executeQuery()) {
                    if (!row.next()) {
                        throw new SQLiteException("FOREIGN KEY constraint failed (" + key + ")",
                                SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY);
                    }
                }
            }
        }
    }
}
