package tenken.store.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Country;
import tenken.store.model.Designation;
import tenken.store.model.InputRelation;
import tenken.store.model.Material;
import tenken.store.model.Stage;
import tenken.store.model.SupplyEvent;
import tenken.store.model.SupplyShare;
import tenken.store.progress.ProgressMonitor;

/**
 * Writes to the catalogue. Every public method is one transaction: it all lands or, on any failure or
 * cancel, nothing does.
 */
public final class CatalogueWriter {

    private final TenkenDatabase database;

    public CatalogueWriter(TenkenDatabase database) {
        this.database = database;
    }

    /** Receives the rows of a share import, one at a time, inside its transaction. */
    public interface ShareSink {
        void accept(SupplyShare share);
    }

    /** Produces the rows of a share import into a {@link ShareSink}; throws to refuse them all. */
    public interface ShareProducer {
        void produce(ShareSink sink);
    }

    /**
     * Replaces the shares of every (material, stage, consumer, year) group that {@code producer}
     * yields by its rows, streaming, in one transaction: any exception from the producer (a refused
     * file, a cancel) rolls everything back. Importing the same rows twice leaves the same data.
     * Materials, stages and countries must exist (names are resolved before rows get here; nothing is
     * created).
     *
     * <p>Written for a million rows. The producer runs on the caller's thread while a {@link
     * ShareWriterThread} writes, so reading the file and SQLite's work overlap. A group's old rows are
     * deleted before the first batch that holds some of its rows is inserted (range deletes in the table's
     * key order, one batch of them per batch of rows) and every row is then inserted, coded and batch by
     * batch in key order (see {@link ShareReplacement}). Foreign keys are not
     * checked row by row (index look-ups per row, a quarter of the insert's time) but once, before the
     * commit, for the distinct keys the rows used: the same guarantee, since nothing else writes while
     * this transaction holds the write lock.
     */
    public void replaceShares(ShareProducer producer, ProgressMonitor monitor) {
        inTransaction(false, connection -> {
            try (Statement pragma = connection.createStatement()) {
                // A large import's pages stay in memory until the commit instead of spilling to the WAL
                // as they are written: 64 MB, a fixed bound whatever the file's size.
                pragma.execute("PRAGMA cache_size = -65536");
            }
            try (ShareReplacement replacement = new ShareReplacement(connection)) {
                try (ShareWriterThread writing = ShareWriterThread.start(replacement::write)) {
                    producer.produce(writing::accept);
                    writing.finish();
                } catch (ShareWriterThread.WriterFailed e) {
                    throw e.getCause();
                }
                replacement.finish(connection);
                monitor.checkCancelled();
            }
        });
    }

    /**
     * Replaces the inputs of every (material, stage) present in {@code relations}; materials and
     * stages must exist.
     */
    public void replaceInputs(List<InputRelation> relations, ProgressMonitor monitor) {
        inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM input_relation WHERE material_key = ? AND stage_key = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO input_relation"
                         + " (material_key, stage_key, input_material_key, input_stage_key) VALUES (?, ?, ?, ?)")) {
                for (InputRelation relation : relations) {
                    delete.setString(1, relation.material());
                    delete.setString(2, relation.stage());
                    delete.addBatch();
                }
                delete.executeBatch();
                for (InputRelation relation : relations) {
                    insert.setString(1, relation.material());
                    insert.setString(2, relation.stage());
                    insert.setString(3, relation.inputMaterial());
                    insert.setString(4, relation.inputStage());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            monitor.checkCancelled();
            monitor.progress(relations.size(), relations.size());
        });
    }

    public void putCountries(Collection<Country> countries) {
        inTransaction(connection -> batch(connection, "INSERT OR REPLACE INTO country (iso3, name_ja, name_en, aggregate)"
                + " VALUES (?, ?, ?, ?)", countries, (s, c) -> {
                    s.setString(1, c.iso3());
                    s.setString(2, c.nameJa());
                    s.setString(3, c.nameEn());
                    s.setInt(4, c.aggregate() ? 1 : 0);
                }));
    }

    public void putStages(Collection<Stage> stages) {
        inTransaction(connection -> batch(connection, "INSERT INTO stage (key, name_ja, name_en, sort_order)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET name_ja = excluded.name_ja,"
                + " name_en = excluded.name_en, sort_order = excluded.sort_order", stages, (s, stage) -> {
                    s.setString(1, stage.key());
                    s.setString(2, stage.nameJa());
                    s.setString(3, stage.nameEn());
                    s.setInt(4, stage.sortOrder());
                }));
    }

    /** Inserts or updates materials, in any order: the parent references are checked at commit. */
    public void putMaterials(Collection<Material> materials) {
        inTransaction(connection -> {
            try (Statement pragma = connection.createStatement()) {
                pragma.execute("PRAGMA defer_foreign_keys = ON");
            }
            batch(connection, "INSERT INTO material (key, name_ja, name_en, parent_key,"
                + " sort_order) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET name_ja = excluded.name_ja,"
                + " name_en = excluded.name_en, parent_key = excluded.parent_key, sort_order = excluded.sort_order",
                materials, (s, m) -> {
                    s.setString(1, m.key());
                    s.setString(2, m.nameJa());
                    s.setString(3, m.nameEn());
                    s.setString(4, m.parentKey());
                    s.setInt(5, m.sortOrder());
                });
        });
    }

    public void putDesignations(Collection<Designation> designations) {
        inTransaction(connection -> batch(connection, "INSERT OR REPLACE INTO designation (material_key, ministry_ja,"
                + " ministry_en, designated_on, fund_budget_oku_yen, certified_plans, as_of, source)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", designations, (s, d) -> {
                    s.setString(1, d.materialKey());
                    s.setString(2, d.ministryJa());
                    s.setString(3, d.ministryEn());
                    s.setString(4, d.designatedOn() == null ? null : d.designatedOn().toString());
                    s.setObject(5, d.fundBudgetOkuYen());
                    s.setObject(6, d.certifiedPlans());
                    s.setString(7, d.asOf() == null ? null : d.asOf().toString());
                    s.setString(8, d.source());
                }));
    }

    public void addEvents(Collection<SupplyEvent> events) {
        inTransaction(connection -> {
            try (PreparedStatement event = connection.prepareStatement("INSERT INTO supply_event (event_date,"
                    + " country_iso3, kind, title_ja, title_en, source) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
                 PreparedStatement material = connection.prepareStatement(
                         "INSERT INTO supply_event_material (event_id, material_key) VALUES (?, ?)")) {
                for (SupplyEvent e : events) {
                    event.setString(1, e.date().toString());
                    event.setString(2, e.country());
                    event.setString(3, e.kind());
                    event.setString(4, e.titleJa());
                    event.setString(5, e.titleEn());
                    event.setString(6, e.source());
                    long id;
                    try (var inserted = event.executeQuery()) {
                        inserted.next();
                        id = inserted.getLong(1);
                    }
                    for (String key : e.materials()) {
                        material.setLong(1, id);
                        material.setString(2, key);
                        material.addBatch();
                    }
                }
                material.executeBatch();
            }
        });
    }

    public void putSetting(String key, String value) {
        inTransaction(connection -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)")) {
                s.setString(1, key);
                s.setString(2, value);
                s.executeUpdate();
            }
        });
    }

    interface Binder<T> {
        void bind(PreparedStatement statement, T value) throws SQLException;
    }

    private static <T> void batch(Connection connection, String sql, Collection<T> values, Binder<T> binder)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T value : values) {
                binder.bind(statement, value);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(Work work) {
        inTransaction(true, work);
    }

    /**
     * Runs {@code work} in one transaction; {@code foreignKeys} false leaves their checks to the work
     * (SQLite takes the switch only outside a transaction, and the connection is closed after it).
     */
    private void inTransaction(boolean foreignKeys, Work work) {
        try (Connection connection = database.connect()) {
            if (!foreignKeys) {
                try (Statement pragma = connection.createStatement()) {
                    pragma.execute("PRAGMA foreign_keys = OFF");
                }
            }
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollBack(connection, e);
                throw e;
            }
        } catch (CancellationException e) {
            throw e;
        } catch (SQLException e) {
            throw database.translate(e);
        }
    }

    /**
     * Rolls back after {@code failure}. SQLite has often rolled back already (a full disk does), and the
     * rollback's own "no transaction is active" must not hide the cause the user needs to read.
     */
    static void rollBack(Connection connection, Exception failure) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
