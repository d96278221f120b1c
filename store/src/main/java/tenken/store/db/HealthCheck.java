package tenken.store.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tenken.assets.Messages;
import tenken.store.assessment.AssessmentHash;

/**
 * What {@code tenken check} verifies beyond SQLite's own integrity check: the assessment tables and
 * their append-only triggers are present, the reference vocabulary that every new file is seeded with
 * is complete (a first use that was cut short would leave it empty), and every material's assessment
 * history is a whole hash chain ({@link AssessmentHash}). Each problem is one sentence for the user.
 */
public final class HealthCheck {

    static final List<String> ASSESSMENT_TABLES = List.of("assessment_version", "requirement_definition");
    static final List<String> HISTORY_TRIGGERS = List.of("assessment_version_no_update",
            "assessment_version_no_delete", "assessment_version_no_replace", "assessment_version_needs_hash");
    /** Tables a complete seed never leaves empty, even with --no-seed. */
    private static final List<String> VOCABULARY = List.of("country", "stage", "requirement_definition");

    private final TenkenDatabase database;

    public HealthCheck(TenkenDatabase database) {
        this.database = database;
    }

    /** The problems found, in the order above; empty when the file is sound. */
    public List<String> problems() {
        try (Connection connection = database.connect()) {
            List<String> problems = new ArrayList<>();
            Set<String> tables = names(connection, "table");
            Set<String> triggers = names(connection, "trigger");
            for (String table : ASSESSMENT_TABLES) {
                if (!tables.contains(table)) {
                    problems.add(Messages.get("check.missingTable", table));
                }
            }
            for (String trigger : HISTORY_TRIGGERS) {
                if (!triggers.contains(trigger)) {
                    problems.add(Messages.get("check.missingTrigger", trigger));
                }
            }
            for (String table : VOCABULARY) {
                if (tables.contains(table) && count(connection, table) == 0) {
                    problems.add(Messages.get("check.emptyVocabulary", table));
                }
            }
            if (tables.contains("assessment_version")) {
                problems.addAll(brokenChains(connection));
            }
            return problems;
        } catch (SQLException e) {
            throw database.translate(e);
        }
    }

    /** The first broken version of each material whose chain is not whole. */
    private static List<String> brokenChains(Connection connection) throws SQLException {
        List<String> broken = new ArrayList<>();
        String columns = String.join(", ", AssessmentHash.FIELDS);
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + columns + ", chain_hash"
                     + " FROM assessment_version ORDER BY material_key, version")) {
            String material = null;
            String previous = "";
            int expected = 1;
            boolean reported = false;
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= AssessmentHash.FIELDS.size(); i++) {
                    values.add(rows.getString(i));
                }
                String stored = rows.getString(AssessmentHash.FIELDS.size() + 1);
                if (!values.get(0).equals(material)) {
                    material = values.get(0);
                    previous = "";
                    expected = 1;
                    reported = false;
                }
                int version = rows.getInt(2);
                if (!reported) {
                    String problem = null;
                    if (version != expected) {
                        problem = Messages.get("check.history.missingVersion", material, String.valueOf(expected),
                                String.valueOf(version));
                    } else if (!AssessmentHash.of(values, previous).equals(stored)) {
                        problem = Messages.get("check.history.hashMismatch", material, String.valueOf(version));
                    }
                    if (problem != null) {
                        broken.add(problem);
                        reported = true;
                    }
                }
                previous = stored == null ? "" : stored;
                expected = version + 1;
            }
        }
        return broken;
    }

    private static Set<String> names(Connection connection, String type) throws SQLException {
        Set<String> names = new HashSet<>();
        try (var statement = connection.prepareStatement("SELECT name FROM sqlite_master WHERE type = ?")) {
            statement.setString(1, type);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
