package tenken.store.db;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;

/**
 * Whether a file's schema history is exactly the one this build's migrations leave, told from one query
 * without starting Flyway. Flyway looks through the whole program for migrations and builds its
 * configuration with Jackson before it finds that a current file needs nothing (half a second or more of
 * every command); a file that is current is the common case. A history that differs in anything Flyway
 * validates — a migration missing, failed, edited (its checksum), renamed, of another type, or one it does
 * not know — is not current, and {@link TenkenDatabase} runs Flyway as for any other file, to migrate it or
 * to refuse it.
 */
final class CurrentSchema {

    /**
     * Every migration this build ships, in the order Flyway applies them: SQL scripts in {@code db/migration},
     * Java ones by class name (package {@code db.migration}). A new migration is added here as well; a test
     * holds the list to the shipped files and to the history Flyway writes.
     */
    static final List<String> MIGRATIONS = List.of(
            "V1__catalogue.sql",
            "V2__assessment.sql",
            "V3__share_provenance.sql",
            "db.migration.V4__assessment_hash_chain",
            "V6__trade_statistics.sql",
            "V7__followup.sql",
            "V8__share_in_file_order.sql",
            "V9__share_codes.sql");

    private static final String SQL_FOLDER = "db/migration/";
    private static final String SQL_SUFFIX = ".sql";

    private CurrentSchema() {
    }

    /** True when the history read through {@code statement} is this build's, row for row. */
    static boolean isCurrent(Statement statement) throws SQLException {
        List<List<Object>> history = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT version, description, type, script, checksum, success"
                + " FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rows.next()) {
                int checksum = rows.getInt(5);
                Integer stored = rows.wasNull() ? null : checksum;
                history.add(row(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), stored,
                        rows.getInt(6) == 1));
            }
        }
        return history.equals(Expected.HISTORY);
    }

    /** The history a file gets from this build's migrations, worked out once, when a file first asks. */
    static final class Expected {

        static final List<List<Object>> HISTORY = expected();

        private Expected() {
        }

        private static List<List<Object>> expected() {
            List<List<Object>> history = new ArrayList<>();
            for (String migration : MIGRATIONS) {
                history.add(applied(migration));
            }
            return List.copyOf(history);
        }
    }

    /**
     * The row Flyway writes for a migration named {@code V<version>__<description>}, the description's
     * underscores read as spaces.
     */
    static List<Object> applied(String migration) {
        boolean sql = migration.endsWith(SQL_SUFFIX);
        String name = sql ? migration.substring(0, migration.length() - SQL_SUFFIX.length())
                : migration.substring(migration.lastIndexOf('.') + 1);
        int separator = name.indexOf("__");
        String version = name.substring(1, separator);
        String description = name.substring(separator + 2).replace('_', ' ');
        return sql ? row(version, description, "SQL", migration, checksum(migration), true)
                : row(version, description, "JDBC", migration, null, true);
    }

    /**
     * A row of {@code flyway_schema_history} in the columns Flyway validates: a list (not a record, whose
     * first comparison costs more than the whole check).
     */
    private static List<Object> row(String version, String description, String type, String script,
            Integer checksum, boolean success) {
        return Arrays.asList(version, description, type, script, checksum, success);
    }

    /** The script's checksum as Flyway computes it (its own calculator: the two cannot disagree). */
    private static int checksum(String script) {
        return ChecksumCalculator.calculate(new LoadableResource() {
            @Override
            public Reader read() {
                InputStream bytes = CurrentSchema.class.getClassLoader().getResourceAsStream(SQL_FOLDER + script);
                return new InputStreamReader(Objects.requireNonNull(bytes, SQL_FOLDER + script),
                        StandardCharsets.UTF_8);
            }

            @Override
            public String getAbsolutePath() {
                return SQL_FOLDER + script;
            }

            @Override
            public String getAbsolutePathOnDisk() {
                return SQL_FOLDER + script;
            }

            @Override
            public String getFilename() {
                return script;
            }

            @Override
            public String getRelativePath() {
                return SQL_FOLDER + script;
            }
        });
    }
}
