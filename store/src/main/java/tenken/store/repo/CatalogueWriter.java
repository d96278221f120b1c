package tenken.store.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tenken.store.csv.ImportCancelledException;
import tenken.store.csv.ImportMonitor;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Country;
import tenken.store.model.Designation;
import tenken.store.model.InputRelation;
import tenken.store.model.Material;
import tenken.store.model.Stage;
import tenken.store.model.SupplyEvent;
import tenken.store.model.SupplyShare;

/**
 * Writes to the catalogue. Every public method is one transaction: it all lands or, on any failure or
 * cancel, nothing does.
 */
public final class CatalogueWriter {

    private final TenkenDatabase database;

    public CatalogueWriter(TenkenDatabase database) {
        this.database = database;
    }

    /**
     * Replaces the shares of every (material, stage, consumer, year) group present in {@code shares} by
     * the given rows; importing the same rows twice leaves the same data. Materials and stages not yet
     * known are created, named by their keys.
     */
    public void replaceShares(List<SupplyShare> shares, ImportMonitor monitor) {
        inTransaction(connection -> {
            createMissing(connection, shares.stream().map(SupplyShare::material).toList(),
                    shares.stream().map(SupplyShare::stage).toList());
            Set<SupplyShare.GroupKey> groups = new LinkedHashSet<>();
            shares.forEach(share -> groups.add(share.group()));
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM supply_share WHERE material_key = ?"
                    + " AND stage_key = ? AND consumer_iso3 = ? AND year = ?")) {
                for (SupplyShare.GroupKey group : groups) {
                    delete.setString(1, group.material());
                    delete.setString(2, group.stage());
                    delete.setString(3, group.consumer());
                    delete.setInt(4, group.year());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO supply_share (material_key,"
                    + " stage_key, consumer_iso3, supplier_iso3, share, year, source, basis, quality, note)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                long done = 0;
                for (SupplyShare share : shares) {
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
                    if (++done % 500 == 0) {
                        insert.executeBatch();
                        monitor.checkCancelled();
                        monitor.progress(done, shares.size());
                    }
                }
                insert.executeBatch();
                monitor.checkCancelled();
                monitor.progress(shares.size(), shares.size());
            }
        });
    }

    /**
     * Replaces the inputs of every (material, stage) present in {@code relations}; unknown materials
     * and stages are created.
     */
    public void replaceInputs(List<InputRelation> relations, ImportMonitor monitor) {
        inTransaction(connection -> {
            createMissing(connection,
                    relations.stream().flatMap(r -> java.util.stream.Stream.of(r.material(), r.inputMaterial())).toList(),
                    relations.stream().flatMap(r -> java.util.stream.Stream.of(r.stage(), r.inputStage())).toList());
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

    /** Inserts or updates materials; parents must come before their items. */
    public void putMaterials(Collection<Material> materials) {
        inTransaction(connection -> batch(connection, "INSERT INTO material (key, name_ja, name_en, parent_key,"
                + " sort_order) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET name_ja = excluded.name_ja,"
                + " name_en = excluded.name_en, parent_key = excluded.parent_key, sort_order = excluded.sort_order",
                materials, (s, m) -> {
                    s.setString(1, m.key());
                    s.setString(2, m.nameJa());
                    s.setString(3, m.nameEn());
                    s.setString(4, m.parentKey());
                    s.setInt(5, m.sortOrder());
                }));
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
                    + " country_iso3, kind, title_ja, title_en, source) VALUES (?, ?, ?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS);
                 PreparedStatement material = connection.prepareStatement(
                         "INSERT INTO supply_event_material (event_id, material_key) VALUES (?, ?)")) {
                for (SupplyEvent e : events) {
                    event.setString(1, e.date().toString());
                    event.setString(2, e.country());
                    event.setString(3, e.kind());
                    event.setString(4, e.titleJa());
                    event.setString(5, e.titleEn());
                    event.setString(6, e.source());
                    event.executeUpdate();
                    long id;
                    try (var keys = event.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
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

    private static void createMissing(Connection connection, Collection<String> materials, Collection<String> stages)
            throws SQLException {
        batch(connection, "INSERT OR IGNORE INTO material (key, name_ja, name_en) VALUES (?, ?, ?)",
                new LinkedHashSet<>(materials), (s, key) -> {
                    s.setString(1, key);
                    s.setString(2, key);
                    s.setString(3, key);
                });
        batch(connection, "INSERT OR IGNORE INTO stage (key, name_ja, name_en) VALUES (?, ?, ?)",
                new LinkedHashSet<>(stages), (s, key) -> {
                    s.setString(1, key);
                    s.setString(2, key);
                    s.setString(3, key);
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
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollBack(connection, e);
                throw e;
            }
        } catch (ImportCancelledException e) {
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
