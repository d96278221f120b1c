package tenken.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import tenken.assets.Messages;
import tenken.store.trade.TradeSeeder;

/**
 * The Tenken database file: opened with foreign keys on and write-ahead logging, migrated to the
 * current schema by Flyway ({@code db/migration}), and seeded with the shipped catalogue when it is new.
 */
public final class TenkenDatabase {

    /** How long a writer waits for another process's lock before the user is told the file is busy. */
    private static final int BUSY_TIMEOUT_MS = 3_000;

    /** Flyway reports each migration at INFO; the command line's output must stay clean JSON or tables. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private static final String ASSESSMENT_MIGRATION = "2";
    private static final String TRADE_MIGRATION = "6";

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final boolean created;

    private TenkenDatabase(Path file, SQLiteDataSource dataSource, boolean created) {
        this.file = file;
        this.dataSource = dataSource;
        this.created = created;
    }

    /** The default database: {@code ~/.tenken/tenken.db}, or {@code $TENKEN_HOME/tenken.db}. */
    public static Path defaultFile() {
        String home = System.getenv("TENKEN_HOME");
        Path dir = home != null && !home.isBlank()
                ? Path.of(home)
                : Path.of(System.getProperty("user.home"), ".tenken");
        return dir.resolve("tenken.db");
    }

    /** Opens (creating and seeding if absent) and migrates the database in {@code file}. */
    public static TenkenDatabase open(Path file) {
        return open(file, true);
    }

    /**
     * Opens and migrates {@code file}. A new file always gets the reference vocabulary (countries and
     * stages, which imports are checked against) and, when {@code seedCatalogue}, the shipped catalogue;
     * without it the file is an empty catalogue for one's own imports.
     */
    public static TenkenDatabase open(Path file, boolean seedCatalogue) {
        Path absolute = file.toAbsolutePath();
        boolean isNew = !Files.exists(absolute) || sizeOf(absolute) == 0;
        if (!isNew && !Files.isReadable(absolute)) {
            throw new StoreException(Messages.get("db.error.unreadable", absolute));
        }
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(Messages.get("db.error.cannotCreate", absolute, e.getMessage()), e);
        }
        SQLiteDataSource dataSource = dataSource(absolute);
        TenkenDatabase database = new TenkenDatabase(absolute, dataSource, isNew);
        java.util.Set<String> applied = database.migrate();
        if (!isNew && applied.contains(TRADE_MIGRATION)) {
            // A file made before trade statistics gets the aggregates' members and, for the items it has,
            // the default commodity mappings that a new file is seeded with.
            TradeSeeder trade = new TradeSeeder(database);
            trade.seedAggregates();
            trade.seedMappings();
        }
        if (!isNew && applied.contains(ASSESSMENT_MIGRATION)) {
            // A file made before assessments existed gets the definitions and reference assessments
            // that a new file is seeded with; its own catalogue decides which materials have them.
            AssessmentSeeder assessments = new AssessmentSeeder(database);
            assessments.seedDefinitions();
            assessments.seedReferenceAssessments();
        }
        if (isNew) {
            try {
                new CatalogueSeeder(database).seed(seedCatalogue);
            } catch (RuntimeException e) {
                // A half-seeded file would never be seeded again: remove it so the next start retries.
                deleteQuietly(absolute);
                throw e;
            }
        }
        return database;
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // Best effort: the original failure is what the user needs to see.
            }
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    /** Migrates to the current schema; returns the versions this applied. */
    private java.util.Set<String> migrate() {
        try {
            Flyway flyway = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load();
            MigrateResult result = flyway.migrate();
            if (!result.success) {
                throw new StoreException(Messages.get("db.error.migration", file, String.valueOf(result.warnings)));
            }
            return result.migrations.stream().map(m -> m.version).collect(java.util.stream.Collectors.toSet());
        } catch (FlywayException e) {
            throw translate(e);
        }
    }

    /** A new connection with the pragmas of {@link #dataSource(Path)}; the caller closes it. */
    public Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    public Path file() {
        return file;
    }

    /** True when this open created the file (and so seeded it). */
    public boolean created() {
        return created;
    }

    /** The schema version Flyway reports as applied, e.g. {@code "1"}. */
    public String schemaVersion() {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"
                             + " ORDER BY installed_rank DESC LIMIT 1")) {
            return rows.next() ? rows.getString(1) : "0";
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * Turns an SQLite failure into a message that names the file and says what to do: locked by
     * another program, read-only, not a database, or corrupt.
     */
    public StoreException translate(Exception failure) {
        SQLiteException sqlite = findSqliteCause(failure);
        String key = "db.error.generic";
        if (sqlite != null) {
            SQLiteErrorCode code = sqlite.getResultCode();
            key = switch (code.code & 0xFF) {
                case 5, 6 -> "db.error.locked";          // SQLITE_BUSY, SQLITE_LOCKED
                case 8 -> "db.error.readonly";           // SQLITE_READONLY
                case 26 -> "db.error.notDatabase";       // SQLITE_NOTADB
                case 11 -> "db.error.corrupt";           // SQLITE_CORRUPT
                case 14 -> "db.error.cannotOpen";        // SQLITE_CANTOPEN
                default -> "db.error.generic";
            };
        }
        String detail = sqlite != null ? sqlite.getMessage() : rootMessage(failure);
        return new StoreException(Messages.get(key, file, detail), failure);
    }

    private static SQLiteException findSqliteCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return sqlite;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
