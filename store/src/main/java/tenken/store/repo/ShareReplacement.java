package tenken.store.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import tenken.store.model.SupplyShare;

/**
 * The writing half of a share import, inside {@link CatalogueWriter#replaceShares}'s transaction: each
 * row is upserted; when a group's first row arrives, the suppliers the group already has are noted, and
 * those no row names are deleted at {@link #finish}. The keys the rows use are collected so that
 * {@link #finish} checks the foreign keys once per distinct key instead of once per row.
 */
final class ShareReplacement {

    private static final int BATCH = 1_000;

    private final PreparedStatement stored;
    private final PreparedStatement upsert;
    private final Set<SupplyShare.GroupKey> groups = new HashSet<>();
    /** Per group, the suppliers it had before the import that no row has named yet. */
    private final Map<SupplyShare.GroupKey, Set<String>> unnamed = new HashMap<>();
    private final Set<String> materials = new HashSet<>();
    private final Set<String> stages = new HashSet<>();
    private final Set<String> countries = new HashSet<>();
    /** The group of the previous row: files list a group's rows together, so it is usually this row's. */
    private SupplyShare.GroupKey current;
    private Set<String> currentUnnamed;
    private int pending;

    ShareReplacement(PreparedStatement stored, PreparedStatement upsert) {
        this.stored = stored;
        this.upsert = upsert;
    }

    void accept(SupplyShare share) throws SQLException {
        if (current == null || !inCurrentGroup(share)) {
            enter(share.group());
        }
        if (currentUnnamed != null && currentUnnamed.remove(share.supplier()) && currentUnnamed.isEmpty()) {
            unnamed.remove(current);
            currentUnnamed = null;
        }
        countries.add(share.supplier());
        upsert.setString(1, share.material());
        upsert.setString(2, share.stage());
        upsert.setString(3, share.consumer());
        upsert.setString(4, share.supplier());
        upsert.setDouble(5, share.share());
        upsert.setInt(6, share.year());
        upsert.setString(7, share.source());
        upsert.setString(8, share.basis());
        upsert.setString(9, share.quality());
        upsert.setString(10, share.note());
        upsert.addBatch();
        if (++pending == BATCH) {
            upsert.executeBatch();
            pending = 0;
        }
    }

    private boolean inCurrentGroup(SupplyShare share) {
        return share.year() == current.year() && share.material().equals(current.material())
                && share.stage().equals(current.stage()) && share.consumer().equals(current.consumer());
    }

    /**
     * Makes {@code group} the current one. On its first row its stored suppliers are read; none of its
     * rows has been written yet (this is its first), so they are all from before the import.
     */
    private void enter(SupplyShare.GroupKey group) throws SQLException {
        current = group;
        if (!groups.add(group)) {
            currentUnnamed = unnamed.get(group);
            return;
        }
        materials.add(group.material());
        stages.add(group.stage());
        countries.add(group.consumer());
        stored.setString(1, group.material());
        stored.setString(2, group.stage());
        stored.setString(3, group.consumer());
        stored.setInt(4, group.year());
        Set<String> suppliers = new HashSet<>();
        try (ResultSet rows = stored.executeQuery()) {
            while (rows.next()) {
                suppliers.add(rows.getString(1));
            }
        }
        currentUnnamed = suppliers.isEmpty() ? null : suppliers;
        if (currentUnnamed != null) {
            unnamed.put(group, currentUnnamed);
        }
    }

    /** Writes the last rows, deletes the suppliers the file no longer names, and checks the foreign keys. */
    void finish(Connection connection) throws SQLException {
        upsert.executeBatch();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM supply_share WHERE material_key = ?"
                + " AND stage_key = ? AND consumer_iso3 = ? AND year = ? AND supplier_iso3 = ?")) {
            for (Map.Entry<SupplyShare.GroupKey, Set<String>> entry : unnamed.entrySet()) {
                SupplyShare.GroupKey group = entry.getKey();
                for (String supplier : entry.getValue()) {
                    delete.setString(1, group.material());
                    delete.setString(2, group.stage());
                    delete.setString(3, group.consumer());
                    delete.setInt(4, group.year());
                    delete.setString(5, supplier);
                    delete.addBatch();
                }
            }
            delete.executeBatch();
        }
        requireAll(connection, "SELECT 1 FROM material WHERE key = ?", materials);
        requireAll(connection, "SELECT 1 FROM stage WHERE key = ?", stages);
        requireAll(connection, "SELECT 1 FROM country WHERE iso3 = ?", countries);
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
