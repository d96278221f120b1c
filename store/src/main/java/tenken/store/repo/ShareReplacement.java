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

    /**
     * Rows per INSERT statement of unrelated rows: one statement of many rows costs SQLite one program
     * start and the driver one native step instead of one each per row (10 parameters a row, 640 in all,
     * far below SQLite's limit of 32,766).
     */
    static final int ROWS_PER_INSERT = 64;
    /**
     * Rows per INSERT statement of a run: rows of one group with the same source, basis, quality and
     * note, which the statement binds once for all its rows. Binding (a native call, a UTF-8 copy and
     * two allocations per text) cost the writer as much as half of SQLite's own work; a run of 16 rows
     * binds 8 + 2 × 16 = 40 values instead of 160. Shorter runs and a run's rest go with the unrelated
     * rows.
     */
    static final int ROWS_PER_RUN = 16;
    private static final int COLUMNS = 10;
    private static final int SHARED_COLUMNS = 8;

    private final PreparedStatement clear;
    private final PreparedStatement insertOne;
    private final PreparedStatement insertMany;
    private final PreparedStatement insertRun;
    /** Rows waiting for a full {@link #insertMany}; what is left at the end goes one by one. */
    private final SupplyShare[] pending = new SupplyShare[ROWS_PER_INSERT];
    private int waiting;
    private final Set<SupplyShare.GroupKey> groups = new HashSet<>();
    private final Set<String> materials = new HashSet<>();
    private final Set<String> stages = new HashSet<>();
    private final Set<String> countries = new HashSet<>();
    /** The group of the previous row: rows of a group come together, so it is usually this row's. */
    private SupplyShare.GroupKey current;

    ShareReplacement(Connection connection) throws SQLException {
        this.clear = connection.prepareStatement("DELETE FROM supply_share WHERE consumer_iso3 = ? AND year = ?"
                + " AND material_key = ? AND stage_key = ?");
        this.insertOne = connection.prepareStatement(insert(1));
        this.insertMany = connection.prepareStatement(insert(ROWS_PER_INSERT));
        this.insertRun = connection.prepareStatement(insertRun());
    }

    private static String insert(int rows) {
        String row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return "INSERT INTO supply_share (material_key, stage_key, consumer_iso3, year, source, basis, quality, note,"
                + " supplier_iso3, share) VALUES " + String.join(", ", java.util.Collections.nCopies(rows, row));
    }

    /** Parameters 1 to 8 are the run's shared values; each row adds its supplier and share. */
    private static String insertRun() {
        StringBuilder sql = new StringBuilder("INSERT INTO supply_share (material_key, stage_key, consumer_iso3, year,"
                + " source, basis, quality, note, supplier_iso3, share) VALUES ");
        for (int row = 0; row < ROWS_PER_RUN; row++) {
            int supplier = SHARED_COLUMNS + 2 * row + 1;
            sql.append(row == 0 ? "" : ", ").append("(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?").append(supplier)
                    .append(", ?").append(supplier + 1).append(')');
        }
        return sql.toString();
    }

    /** Writes a batch of rows, best in {@link #PRIMARY_KEY_ORDER}. */
    void write(List<SupplyShare> batch) throws SQLException {
        int size = batch.size();
        for (int start = 0; start < size; ) {
            SupplyShare first = batch.get(start);
            if (current == null || !inCurrentGroup(first)) {
                enter(first.group());
            }
            int end = start + 1;
            while (end < size && sameExceptSupplier(first, batch.get(end))) {
                end++;
            }
            for (int row = start; row < end; row++) {
                countries.add(batch.get(row).supplier());
            }
            for (; end - start >= ROWS_PER_RUN; start += ROWS_PER_RUN) {
                bindShared(insertRun, 0, first);
                for (int row = 0; row < ROWS_PER_RUN; row++) {
                    SupplyShare share = batch.get(start + row);
                    insertRun.setString(SHARED_COLUMNS + 2 * row + 1, share.supplier());
                    insertRun.setDouble(SHARED_COLUMNS + 2 * row + 2, share.share());
                }
                insertRun.addBatch();
            }
            for (; start < end; start++) {
                addRow(batch.get(start));
            }
        }
        // Batches, not executeUpdate: the driver follows each executeUpdate of an INSERT with a query
        // for the generated key, prepared anew each time.
        insertRun.executeBatch();
        insertMany.executeBatch();
    }

    /** Adds a row to the statement of unrelated rows, which is batched when full. */
    private void addRow(SupplyShare share) throws SQLException {
        pending[waiting++] = share;
        if (waiting == ROWS_PER_INSERT) {
            for (int row = 0; row < ROWS_PER_INSERT; row++) {
                bind(insertMany, row * COLUMNS, pending[row]);
            }
            insertMany.addBatch();
            waiting = 0;
        }
    }

    private static boolean sameExceptSupplier(SupplyShare a, SupplyShare b) {
        return a.year() == b.year() && a.material().equals(b.material()) && a.stage().equals(b.stage())
                && a.consumer().equals(b.consumer()) && a.source().equals(b.source()) && a.basis().equals(b.basis())
                && a.quality().equals(b.quality()) && a.note().equals(b.note());
    }

    private static void bind(PreparedStatement insert, int offset, SupplyShare share) throws SQLException {
        bindShared(insert, offset, share);
        insert.setString(offset + SHARED_COLUMNS + 1, share.supplier());
        insert.setDouble(offset + SHARED_COLUMNS + 2, share.share());
    }

    /** The columns a run's rows share, in the statements' column order. */
    private static void bindShared(PreparedStatement insert, int offset, SupplyShare share) throws SQLException {
        insert.setString(offset + 1, share.material());
        insert.setString(offset + 2, share.stage());
        insert.setString(offset + 3, share.consumer());
        insert.setInt(offset + 4, share.year());
        insert.setString(offset + 5, share.source());
        insert.setString(offset + 6, share.basis());
        insert.setString(offset + 7, share.quality());
        insert.setString(offset + 8, share.note());
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

    /** Writes the last rows and checks the foreign keys of every row written. */
    void finish(Connection connection) throws SQLException {
        for (int row = 0; row < waiting; row++) {
            bind(insertOne, 0, pending[row]);
            insertOne.addBatch();
        }
        insertOne.executeBatch();
        waiting = 0;
        requireAll(connection, "SELECT 1 FROM material WHERE key = ?", materials);
        requireAll(connection, "SELECT 1 FROM stage WHERE key = ?", stages);
        requireAll(connection, "SELECT 1 FROM country WHERE iso3 = ?", countries);
    }

    @Override
    public void close() throws SQLException {
        try (clear; insertOne; insertMany; insertRun) {
            // closes all four, each even when another fails
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
