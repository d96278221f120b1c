package tenken.store.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Designation;
import tenken.store.model.InputRelation;
import tenken.store.model.Material;
import tenken.store.model.ShareQuality;
import tenken.store.model.Stage;
import tenken.store.model.SupplyEvent;
import tenken.store.model.SupplyShare;

/** Reads the catalogue from the database. */
public final class CatalogueRepository {

    /**
     * The SQL condition "a hand-entered group exists for this derived share's ({@code d}) material, stage,
     * consumer and year": a row of another supplier than the consumer itself (the consumer's own production
     * is what derived shares are scaled by, not a rival figure). Where it holds, the hand-entered group is used.
     */
    public static final String HAND_GROUP_EXISTS = "EXISTS (SELECT 1 FROM supply_share s WHERE s.material_key ="
            + " d.material_key AND s.stage_key = d.stage_key AND s.consumer_iso3 = d.consumer_iso3 AND s.year = d.year"
            + " AND s.supplier_iso3 <> s.consumer_iso3)";

    private final TenkenDatabase database;

    public CatalogueRepository(TenkenDatabase database) {
        this.database = database;
    }

    /** The whole catalogue in one read transaction, so that it is one consistent snapshot. */
    public Catalogue load() {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            Catalogue catalogue = new Catalogue(countries(connection), stages(connection), materials(connection),
                    designations(connection), shares(connection), inputs(connection), events(connection),
                    settings(connection), aggregateMembers(connection));
            connection.commit();
            return catalogue;
        } catch (SQLException e) {
            throw database.translate(e);
        }
    }

    /** The members of each aggregate country that has any (EUU, XCI); ROW and WLD have none. */
    private static Map<String, java.util.Set<String>> aggregateMembers(Connection c) throws SQLException {
        Map<String, java.util.Set<String>> members = new LinkedHashMap<>();
        try (PreparedStatement statement = c.prepareStatement(
                     "SELECT aggregate_iso3, member_iso3 FROM aggregate_member ORDER BY 1, 2");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                members.computeIfAbsent(rows.getString(1), k -> new java.util.LinkedHashSet<>()).add(rows.getString(2));
            }
        }
        return members;
    }

    /**
     * What an import checks names and codes against: countries, stages, materials and input
     * relations, without the shares (which may be millions of rows).
     */
    public Catalogue loadVocabulary() {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            Catalogue catalogue = new Catalogue(countries(connection), stages(connection), materials(connection),
                    List.of(), List.of(), inputs(connection), List.of(), Map.of());
            connection.commit();
            return catalogue;
        } catch (SQLException e) {
            throw database.translate(e);
        }
    }

    /** Row counts of the catalogue tables, for {@code tenken check}. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = database.connect()) {
            for (String table : List.of("country", "stage", "material", "designation", "supply_share",
                    "input_relation", "supply_event", "supply_event_material", "setting", "trade_import", "trade_flow",
                    "commodity_mapping", "derived_share", "aggregate_member")) {
                try (var statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw database.translate(e);
        }
    }

    /** SQLite's {@code PRAGMA integrity_check}: {@code ["ok"]} for a sound file, else the faults found. */
    public List<String> integrityCheck() {
        try (Connection connection = database.connect();
             var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                result.add(rows.getString(1));
            }
            return result;
        } catch (SQLException e) {
            throw database.translate(e);
        }
    }

    private static List<Country> countries(Connection c) throws SQLException {
        return query(c, "SELECT iso3, name_ja, name_en, aggregate FROM country ORDER BY iso3",
                r -> new Country(r.getString(1), r.getString(2), r.getString(3), r.getInt(4) == 1));
    }

    private static List<Stage> stages(Connection c) throws SQLException {
        return query(c, "SELECT key, name_ja, name_en, sort_order FROM stage ORDER BY sort_order, key",
                r -> new Stage(r.getString(1), r.getString(2), r.getString(3), r.getInt(4)));
    }

    private static List<Material> materials(Connection c) throws SQLException {
        return query(c, "SELECT key, name_ja, name_en, parent_key, sort_order FROM material ORDER BY sort_order, key",
                r -> new Material(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5)));
    }

    private static List<Designation> designations(Connection c) throws SQLException {
        return query(c, "SELECT d.material_key, ministry_ja, ministry_en, designated_on, fund_budget_oku_yen,"
                        + " certified_plans, as_of, source FROM designation d JOIN material m ON m.key = d.material_key"
                        + " ORDER BY m.sort_order, m.key",
                r -> new Designation(r.getString(1), r.getString(2), r.getString(3), date(r.getString(4)),
                        r.getObject(5) == null ? null : r.getDouble(5),
                        r.getObject(6) == null ? null : r.getInt(6), date(r.getString(7)), r.getString(8)));
    }

    private static List<SupplyShare> shares(Connection c) throws SQLException {
        // Hand-entered shares, and the derived ones of every group that has no hand-entered figures (other
        // than the consumer's own production, by which derived shares are scaled).
        return query(c, "SELECT material_key, stage_key, consumer_iso3, supplier_iso3, share, year, source,"
                        + " basis, quality, note, 0 AS derived FROM supply_share"
                        + " UNION ALL SELECT material_key, stage_key, consumer_iso3, supplier_iso3, share, year, source,"
                        + " basis, '" + ShareQuality.DERIVED.key() + "', note, 1 FROM derived_share d WHERE NOT "
                        + HAND_GROUP_EXISTS
                        + " ORDER BY material_key, stage_key, consumer_iso3, year, share DESC, supplier_iso3",
                r -> new SupplyShare(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getDouble(5),
                        r.getInt(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getInt(11) == 1));
    }

    private static List<InputRelation> inputs(Connection c) throws SQLException {
        return query(c, "SELECT material_key, stage_key, input_material_key, input_stage_key FROM input_relation"
                        + " ORDER BY material_key, stage_key, input_material_key, input_stage_key",
                r -> new InputRelation(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
    }

    private static List<SupplyEvent> events(Connection c) throws SQLException {
        Map<Long, List<String>> materialsOfEvent = new HashMap<>();
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT event_id, material_key FROM supply_event_material ORDER BY event_id, material_key");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                materialsOfEvent.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return query(c, "SELECT id, event_date, country_iso3, kind, title_ja, title_en, source FROM supply_event"
                        + " ORDER BY event_date, id",
                r -> new SupplyEvent(date(r.getString(2)), r.getString(3), r.getString(4),
                        materialsOfEvent.getOrDefault(r.getLong(1), List.of()), r.getString(5), r.getString(6),
                        r.getString(7)));
    }

    private static Map<String, String> settings(Connection c) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String[] pair : query(c, "SELECT key, value FROM setting ORDER BY key",
                r -> new String[] {r.getString(1), r.getString(2)})) {
            settings.put(pair[0], pair[1]);
        }
        return settings;
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }
}
