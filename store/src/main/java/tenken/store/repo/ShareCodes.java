package tenken.store.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The integer codes by which the share table (V9) names materials, stages and countries, and the ids of
 * its provenance rows: looked up once per distinct key and remembered for the rest of the import. A key
 * met for the first time gets its code inside the import's transaction, so a refused import leaves no
 * code behind either.
 */
final class ShareCodes implements AutoCloseable {

    /** One of the three code tables: its key column and its statements. */
    private static final class Table implements AutoCloseable {
        private final Map<String, Integer> ids = new HashMap<>();
        private final PreparedStatement add;
        private final PreparedStatement find;

        Table(Connection connection, String table, String column) throws SQLException {
            try (PreparedStatement all = connection.prepareStatement("SELECT id, " + column + " FROM " + table);
                 ResultSet rows = all.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(2), rows.getInt(1));
                }
            }
            add = connection.prepareStatement("INSERT INTO " + table + " (" + column + ") VALUES (?)");
            find = connection.prepareStatement("SELECT id FROM " + table + " WHERE " + column + " = ?");
        }

        int id(String key) throws SQLException {
            Integer known = ids.get(key);
            if (known != null) {
                return known;
            }
            add.setString(1, key);
            add.executeUpdate();
            find.setString(1, key);
            try (ResultSet row = find.executeQuery()) {
                row.next();
                int id = row.getInt(1);
                ids.put(key, id);
                return id;
            }
        }

        Set<String> keys() {
            return ids.keySet();
        }

        @Override
        public void close() throws SQLException {
            try (add; find) {
                // closes both
            }
        }
    }

    /** A provenance as the share table stores it once for all the shares that cite it. */
    private record Provenance(String source, String basis, String quality, String note) {
    }

    private final Table materials;
    private final Table stages;
    private final Table countries;
    private final Map<Provenance, Integer> provenances = new HashMap<>();
    private final PreparedStatement addProvenance;
    private final PreparedStatement findProvenance;
    /** The provenance asked for last: files repeat one source row after row. */
    private Provenance lastProvenance;
    private int lastProvenanceId;

    ShareCodes(Connection connection) throws SQLException {
        materials = new Table(connection, "material_code", "key");
        stages = new Table(connection, "stage_code", "key");
        countries = new Table(connection, "country_code", "iso3");
        addProvenance = connection.prepareStatement("INSERT OR IGNORE INTO share_provenance (source, basis, quality,"
                + " note) VALUES (?, ?, ?, ?)");
        findProvenance = connection.prepareStatement("SELECT id FROM share_provenance WHERE source = ? AND basis = ?"
                + " AND quality = ? AND note = ?");
    }

    int material(String key) throws SQLException {
        return materials.id(key);
    }

    int stage(String key) throws SQLException {
        return stages.id(key);
    }

    int country(String iso3) throws SQLException {
        return countries.id(iso3);
    }

    /** The keys coded so far, this import's and the stored ones, for the foreign-key check before the commit. */
    Set<String> materialKeys() {
        return materials.keys();
    }

    Set<String> stageKeys() {
        return stages.keys();
    }

    Set<String> countryCodes() {
        return countries.keys();
    }

    int provenance(String source, String basis, String quality, String note) throws SQLException {
        Provenance last = lastProvenance;
        if (last != null && last.source().equals(source) && last.basis().equals(basis)
                && last.quality().equals(quality) && last.note().equals(note)) {
            return lastProvenanceId;
        }
        Provenance provenance = new Provenance(source, basis, quality, note);
        Integer id = provenances.get(provenance);
        if (id == null) {
            id = storedProvenance(provenance);
            provenances.put(provenance, id);
        }
        lastProvenance = provenance;
        lastProvenanceId = id;
        return id;
    }

    private int storedProvenance(Provenance provenance) throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {addProvenance, findProvenance}) {
            statement.setString(1, provenance.source());
            statement.setString(2, provenance.basis());
            statement.setString(3, provenance.quality());
            statement.setString(4, provenance.note());
        }
        addProvenance.executeUpdate();
        try (ResultSet row = findProvenance.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (materials; stages; countries; addProvenance; findProvenance) {
            // closes all five, each even when another fails
        }
    }
}
