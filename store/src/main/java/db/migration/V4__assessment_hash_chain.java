package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tenken.store.assessment.AssessmentHash;

/**
 * Schema 4: the assessment history becomes tamper-evident. A Java migration, because SQLite has no
 * SHA-256 function: it adds {@code assessment_version.chain_hash}, computes it for every existing
 * version (see {@link AssessmentHash} for the canonical form), and adds the triggers that refuse
 * {@code INSERT OR REPLACE} / {@code REPLACE INTO} over an existing version and a version without a
 * hash. It runs in Flyway's transaction: all of it or none.
 */
public class V4__assessment_hash_chain extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE assessment_version ADD COLUMN chain_hash TEXT NOT NULL DEFAULT ''");
            // The append-only trigger refuses the one UPDATE that fills in the hashes; it is put back below.
            statement.execute("DROP TRIGGER assessment_version_no_update");
            fillHashes(connection);
            statement.execute("""
                    CREATE TRIGGER assessment_version_no_update BEFORE UPDATE ON assessment_version
                    BEGIN
                        SELECT RAISE(ABORT, 'assessment_version is append-only: save a new version instead');
                    END""");
            // REPLACE deletes the old row without firing DELETE triggers (unless recursive_triggers is on,
            // which another program need not set): refuse it before the conflict is ever resolved.
            statement.execute("""
                    CREATE TRIGGER assessment_version_no_replace BEFORE INSERT ON assessment_version
                    WHEN EXISTS (SELECT 1 FROM assessment_version
                                 WHERE id = NEW.id OR (material_key = NEW.material_key AND version = NEW.version))
                    BEGIN
                        SELECT RAISE(ABORT, 'assessment_version is append-only: a version is never replaced');
                    END""");
            statement.execute("""
                    CREATE TRIGGER assessment_version_needs_hash BEFORE INSERT ON assessment_version
                    WHEN length(NEW.chain_hash) <> 64
                    BEGIN
                        SELECT RAISE(ABORT, 'assessment_version: a version carries its chain hash');
                    END""");
        }
    }

    private static void fillHashes(Connection connection) throws SQLException {
        String columns = String.join(", ", AssessmentHash.FIELDS);
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT id, " + columns
                     + " FROM assessment_version ORDER BY material_key, version");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE assessment_version SET chain_hash = ? WHERE id = ?")) {
            String material = null;
            String previous = "";
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < AssessmentHash.FIELDS.size(); i++) {
                    values.add(rows.getString(i + 2));
                }
                if (!values.get(0).equals(material)) {
                    material = values.get(0);
                    previous = "";
                }
                previous = AssessmentHash.of(values, previous);
                update.setString(1, previous);
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
