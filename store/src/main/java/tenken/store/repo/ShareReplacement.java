package tenken.store.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import tenken.store.model.SupplyShare;

/**
 * The writing half of a share import, inside {@link CatalogueWriter#replaceShares}'s transaction: when a
 * group's first row arrives, the rows the group had before the import are deleted; every row is then
 * inserted, coded (V9: materials, stages and countries by {@link ShareCodes}, the provenance by the id of
 * its row). The keys the rows use are checked once per distinct key in {@link #finish}, instead of the
 * foreign keys once per row.
 */
final class ShareReplacement implements AutoCloseable {

    /**
     * Rows per INSERT statement of unrelated rows: one statement of many rows costs SQLite one program
     * start and the driver one native step instead of one each per row (7 parameters a row, 448 in all,
     * far below SQLite's limit of 32,766).
     */
    static final int ROWS_PER_INSERT = 64;
    /**
     * Rows per INSERT statement of a run: rows of one group with the same provenance, which the statement
     * binds once for all its rows. Binding is a native call per value; a run of 32 rows binds
     * 5 + 2 × 32 = 69 values instead of 224. Shorter runs and a run's rest go with the unrelated rows.
     */
    static final int ROWS_PER_RUN = 32;
    private static final int COLUMNS = 7;
    private static final int SHARED_COLUMNS = 5;

    /** A row as the table stores it, compared in the table's key order. */
    private record Coded(int consumer, int year, int material, int stage, int supplier, int provenance, double share)
            implements Comparable<Coded> {

        @Override
        public int compareTo(Coded other) {
            int c = Integer.compare(consumer, other.consumer);
            c = c != 0 ? c : Integer.compare(year, other.year);
            c = c != 0 ? c : Integer.compare(material, other.material);
            c = c != 0 ? c : Integer.compare(stage, other.stage);
            return c != 0 ? c : Integer.compare(supplier, other.supplier);
        }

        boolean sameGroup(Coded other) {
            return consumer == other.consumer && year == other.year && material == other.material
                    && stage == other.stage;
        }

        boolean sameExceptSupplier(Coded other) {
            return sameGroup(other) && provenance == other.provenance;
        }

        Group group() {
            return new Group(consumer, year, material, stage);
        }
    }

    private record Group(int consumer, int year, int material, int stage) {
    }

    private final ShareCodes codes;
    private final PreparedStatement clear;
    private final PreparedStatement insertOne;
    private final PreparedStatement insertMany;
    private final PreparedStatement insertRun;
    private final PreparedStatement removeUnusedProvenance;
    /** Rows waiting for a full {@link #insertMany}; what is left at the end goes one by one. */
    private final Coded[] pending = new Coded[ROWS_PER_INSERT];
    private int waiting;
    private final Set<Group> groups = new HashSet<>();
    /** The group of the previous row: rows of a group come together, so it is usually this row's. */
    private Coded current;
    /** Whether a group had rows before the import (whose provenance may now be unused). */
    private boolean replacedRows;

    ShareReplacement(Connection connection) throws SQLException {
        this.codes = new ShareCodes(connection);
        this.clear = connection.prepareStatement("DELETE FROM share_row WHERE consumer = ? AND year = ?"
                + " AND material = ? AND stage = ?");
        this.insertOne = connection.prepareStatement(insert(1));
        this.insertMany = connection.prepareStatement(insert(ROWS_PER_INSERT));
        this.insertRun = connection.prepareStatement(insertRun());
        this.removeUnusedProvenance = connection.prepareStatement("DELETE FROM share_provenance"
                + " WHERE id NOT IN (SELECT provenance FROM share_row)");
    }

    private static String insert(int rows) {
        String row = "(?, ?, ?, ?, ?, ?, ?)";
        return "INSERT INTO share_row (consumer, year, material, stage, provenance, supplier, share) VALUES "
                + String.join(", ", java.util.Collections.nCopies(rows, row));
    }

    /** Parameters 1 to 5 are the run's shared values; each row adds its supplier and share. */
    private static String insertRun() {
        StringBuilder sql = new StringBuilder("INSERT INTO share_row (consumer, year, material, stage, provenance,"
                + " supplier, share) VALUES ");
        for (int row = 0; row < ROWS_PER_RUN; row++) {
            int supplier = SHARED_COLUMNS + 2 * row + 1;
            sql.append(row == 0 ? "" : ", ").append("(?1, ?2, ?3, ?4, ?5, ?").append(supplier)
                    .append(", ?").append(supplier + 1).append(')');
        }
        return sql.toString();
    }

    /** Writes a batch of rows, coded and sorted into the table's key order (a B-tree walked forward). */
    void write(List<SupplyShare> batch) throws SQLException {
        Coded[] rows = new Coded[batch.size()];
        for (int i = 0; i < rows.length; i++) {
            SupplyShare share = batch.get(i);
            rows[i] = new Coded(codes.country(share.consumer()), share.year(), codes.material(share.material()),
                    codes.stage(share.stage()), codes.country(share.supplier()),
                    codes.provenance(share.source(), share.basis(), share.quality(), share.note()), share.share());
        }
        java.util.Arrays.sort(rows);
        for (int start = 0; start < rows.length; ) {
            Coded first = rows[start];
            if (current == null || !current.sameGroup(first)) {
                enter(first);
            }
            int end = start + 1;
            while (end < rows.length && first.sameExceptSupplier(rows[end])) {
                end++;
            }
            for (; end - start >= ROWS_PER_RUN; start += ROWS_PER_RUN) {
                bindShared(insertRun, 0, first);
                for (int row = 0; row < ROWS_PER_RUN; row++) {
                    Coded share = rows[start + row];
                    insertRun.setInt(SHARED_COLUMNS + 2 * row + 1, share.supplier());
                    insertRun.setDouble(SHARED_COLUMNS + 2 * row + 2, share.share());
                }
                insertRun.addBatch();
            }
            for (; start < end; start++) {
                addRow(rows[start]);
            }
        }
        // Batches, not executeUpdate: the driver follows each executeUpdate of an INSERT with a query
        // for the generated key, prepared anew each time.
        insertRun.executeBatch();
        insertMany.executeBatch();
    }

    /** Adds a row to the statement of unrelated rows, which is batched when full. */
    private void addRow(Coded share) throws SQLException {
        pending[waiting++] = share;
        if (waiting == ROWS_PER_INSERT) {
            for (int row = 0; row < ROWS_PER_INSERT; row++) {
                bind(insertMany, row * COLUMNS, pending[row]);
            }
            insertMany.addBatch();
            waiting = 0;
        }
    }

    private static void bind(PreparedStatement insert, int offset, Coded share) throws SQLException {
        bindShared(insert, offset, share);
        insert.setInt(offset + SHARED_COLUMNS + 1, share.supplier());
        insert.setDouble(offset + SHARED_COLUMNS + 2, share.share());
    }

    /** The columns a run's rows share, in the statements' column order. */
    private static void bindShared(PreparedStatement insert, int offset, Coded share) throws SQLException {
        insert.setInt(offset + 1, share.consumer());
        insert.setInt(offset + 2, share.year());
        insert.setInt(offset + 3, share.material());
        insert.setInt(offset + 4, share.stage());
        insert.setInt(offset + 5, share.provenance());
    }

    /**
     * Makes {@code row}'s group the current one; on its first row, deletes what it had before the import.
     * Rows of other groups may wait unwritten in the insert batch: the delete cannot touch them. A group
     * met again later (its rows were not all together) keeps the rows already written for it.
     */
    private void enter(Coded row) throws SQLException {
        current = row;
        if (!groups.add(row.group())) {
            return;
        }
        clear.setInt(1, row.consumer());
        clear.setInt(2, row.year());
        clear.setInt(3, row.material());
        clear.setInt(4, row.stage());
        if (clear.executeUpdate() > 0) {
            replacedRows = true;
        }
    }

    /**
     * Writes the last rows, removes the provenance rows no share uses any more and checks the foreign keys
     * of every key coded.
     */
    void finish(Connection connection) throws SQLException {
        for (int row = 0; row < waiting; row++) {
            bind(insertOne, 0, pending[row]);
            insertOne.addBatch();
        }
        insertOne.executeBatch();
        waiting = 0;
        if (replacedRows) {
            removeUnusedProvenance.executeUpdate();
        }
        requireAll(connection, "SELECT 1 FROM material WHERE key = ?", codes.materialKeys());
        requireAll(connection, "SELECT 1 FROM stage WHERE key = ?", codes.stageKeys());
        requireAll(connection, "SELECT 1 FROM country WHERE iso3 = ?", codes.countryCodes());
    }

    @Override
    public void close() throws SQLException {
        try (codes; clear; insertOne; insertMany; insertRun; removeUnusedProvenance) {
            // closes all six, each even when another fails
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
