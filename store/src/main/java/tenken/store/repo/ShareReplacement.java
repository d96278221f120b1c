package tenken.store.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import tenken.store.model.SupplyShare;

/**
 * The writing half of a share import, inside {@link CatalogueWriter#replaceShares}'s transaction: before the
 * rows of the batch that first meets a group are inserted, the rows the group had before the import are
 * deleted; every row is inserted, coded (V9: materials, stages and countries by {@link ShareCodes}, the provenance by the id of
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
    record Coded(int consumer, int year, int material, int stage, int supplier, int provenance, double share)
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

    /**
     * A row's key and its place in the batch packed into one long, so that sorting the longs sorts the
     * rows: consumer 10 bits, year 12, material 12, stage 8, supplier 10, place 12 (a batch holds at most
     * {@link ShareWriterThread#BATCH} = 4,096 rows). Codes are small (one per material, stage or country,
     * in the hundreds) and share years lie in 1900–2100; a batch with a value beyond its field is not
     * packed. The top bit is flipped so that signed order is the fields' order.
     */
    private static final class SortWords {
        private static final int SUPPLIER_BITS = 10;
        private static final int STAGE_BITS = 8;
        private static final int MATERIAL_BITS = 12;
        private static final int YEAR_BITS = 12;
        private static final int CONSUMER_BITS = 10;
        private static final int PLACE_BITS = 12;

        private SortWords() {
        }

        /** The batch's words, or null when a row does not fit. */
        static long[] of(Coded[] rows) {
            if (rows.length > 1 << PLACE_BITS) {
                return null;
            }
            long[] words = new long[rows.length];
            for (int i = 0; i < rows.length; i++) {
                long key = key(rows[i]);
                if (key < 0) {
                    return null;
                }
                words[i] = (key << PLACE_BITS | i) ^ Long.MIN_VALUE;
            }
            return words;
        }

        static int place(long word) {
            return (int) (word & ((1 << PLACE_BITS) - 1));
        }

        /** The row's key in 52 bits, or -1 when a field does not fit. */
        private static long key(Coded row) {
            if (!fits(row.consumer(), CONSUMER_BITS) || !fits(row.year(), YEAR_BITS)
                    || !fits(row.material(), MATERIAL_BITS) || !fits(row.stage(), STAGE_BITS)
                    || !fits(row.supplier(), SUPPLIER_BITS)) {
                return -1;
            }
            long key = row.consumer();
            key = key << YEAR_BITS | row.year();
            key = key << MATERIAL_BITS | row.material();
            key = key << STAGE_BITS | row.stage();
            return key << SUPPLIER_BITS | row.supplier();
        }

        private static boolean fits(int value, int bits) {
            return value >= 0 && value < 1 << bits;
        }
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
        Coded[] rows = coded(batch);
        sort(rows);
        clearNewGroups(rows);
        for (int start = 0; start < rows.length; ) {
            start = writeRows(rows, start);
        }
        // The statements addRun and addRow collected, each run in one call to the driver.
        insertRun.executeBatch();
        insertMany.executeBatch();
    }

    private Coded[] coded(List<SupplyShare> batch) throws SQLException {
        Coded[] rows = new Coded[batch.size()];
        for (int i = 0; i < rows.length; i++) {
            SupplyShare share = batch.get(i);
            rows[i] = new Coded(codes.country(share.consumer()), share.year(), codes.material(share.material()),
                    codes.stage(share.stage()), codes.country(share.supplier()),
                    codes.provenance(share.source(), share.basis(), share.quality(), share.note()), share.share());
        }
        return rows;
    }

    /**
     * Sorts the rows by their key. Usually through one primitive sort of 64-bit words, each a row's key
     * packed above its place in the batch: sorting objects by a comparator cost the JIT compiler more than
     * the sort itself (Java's TimSort was compiled a dozen times over during a million-row import, on a
     * core the import needed). Rows whose codes do not fit the packing are sorted by comparator.
     */
    static void sort(Coded[] rows) {
        long[] words = SortWords.of(rows);
        if (words == null) {
            Arrays.sort(rows);
            return;
        }
        Arrays.sort(words);
        Coded[] unsorted = rows.clone();
        for (int i = 0; i < rows.length; i++) {
            rows[i] = unsorted[SortWords.place(words[i])];
        }
    }

    /**
     * Writes the rows from {@code start} that share its group and provenance: 32 at a time by the run
     * statement, the rest among the unrelated rows. Returns where the next group or provenance starts.
     */
    private int writeRows(Coded[] rows, int start) throws SQLException {
        Coded first = rows[start];
        int end = start + 1;
        while (end < rows.length && first.sameExceptSupplier(rows[end])) {
            end++;
        }
        for (; end - start >= ROWS_PER_RUN; start += ROWS_PER_RUN) {
            addRun(rows, start);
        }
        for (; start < end; start++) {
            addRow(rows[start]);
        }
        return end;
    }

    /** Adds {@link #ROWS_PER_RUN} rows of one group and provenance from {@code start} to the run statement. */
    private void addRun(Coded[] rows, int start) throws SQLException {
        bindShared(insertRun, 0, rows[start]);
        for (int row = 0; row < ROWS_PER_RUN; row++) {
            Coded share = rows[start + row];
            insertRun.setInt(SHARED_COLUMNS + 2 * row + 1, share.supplier());
            insertRun.setDouble(SHARED_COLUMNS + 2 * row + 2, share.share());
        }
        insertRun.addBatch();
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
     * Deletes what the groups this batch meets first had before the import, in one batch of deletes run
     * before the batch's inserts (a delete run one by one cost the driver more than SQLite's range delete).
     * The batch's rows are sorted, so a group's rows are together. A group met again in a later batch (its
     * rows were not all together in the file) keeps the rows already written for it.
     */
    private void clearNewGroups(Coded[] rows) throws SQLException {
        Coded previous = null;
        boolean cleared = false;
        for (Coded row : rows) {
            if ((previous == null || !previous.sameGroup(row)) && groups.add(row.group())) {
                clear.setInt(1, row.consumer());
                clear.setInt(2, row.year());
                clear.setInt(3, row.material());
                clear.setInt(4, row.stage());
                clear.addBatch();
                cleared = true;
            }
            previous = row;
        }
        if (cleared) {
            for (int deleted : clear.executeBatch()) {
                replacedRows |= deleted > 0;
            }
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
