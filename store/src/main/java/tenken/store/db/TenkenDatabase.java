package tenken.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import tenken.assets.Messages;
import tenken.store.trade.TradeSeeder;

/**
 * The Tenken database file: opened with foreign keys, recursive triggers and write-ahead logging,
 * migrated to the current schema by Flyway ({@code db/migration}), and seeded with the shipped
 * catalogue when it is new. A file whose schema history is already this build's, row for row
 * ({@link CurrentSchema}), has nothing for Flyway to do, and is opened without starting it.
 *
 * <p>What it refuses before writing a byte: a file that is not SQLite, an SQLite file of another
 * program (no Flyway history: it is recognised on a read-only connection, before the switch to
 * write-ahead logging), and a file made by a newer Tenken (a schema version above {@link
 * #SCHEMA_VERSION}). A file or folder that may not be written is opened read-only, so that reading
 * commands work and a write is refused with the reason.
 *
 * <p>A new file is built whole and then published: the schema and the seed go into a hidden file in
 * the same folder, which is linked to the target's name only when complete (a hard link fails if the
 * name exists, so of several processes starting at once exactly one seed is published and the others
 * open it). A process killed while seeding leaves no database under the target's name, so the next
 * start seeds again; the hidden file it leaves is removed by the next start once its process is gone.
 */
public final class TenkenDatabase {

    /** The highest schema version this build knows; a file with a higher one was made by a newer Tenken. */
    public static final int SCHEMA_VERSION = 9;

    /** How long a writer waits for another process's lock before the user is told the file is busy. */
    private static final int BUSY_TIMEOUT_MS = 3_000;

    /**
     * Flyway reports each migration at INFO and its failures with its own advice; the command line's
     * output must stay clean JSON or tables, and failures are told in Tenken's words ({@link FlywayLog}).
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.OFF);
    }

    private static final String ASSESSMENT_MIGRATION = "2";
    private static final String TRADE_MIGRATION = "6";
    private static final String FOLLOW_UP_MIGRATION = "7";
    /** Free space below which an I/O error is taken to be a full disk. */
    private static final long LOW_SPACE_BYTES = 256 * 1024;
    private static final String SEEDING_MARK = ".seeding-";
    /** Beside the default database: the native library SQLite runs on ({@link SqliteLibrary}). */
    private static final String NATIVE_FOLDER = "native";
    /** {@link #recognise}'s answer for a valid SQLite file without a single table. */
    private static final int EMPTY_SQLITE = -1;

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final boolean created;
    /** Why the file is open read-only, in words; null when it is writable. */
    private final String readOnlyReason;

    private TenkenDatabase(Path file, SQLiteDataSource dataSource, boolean created, String readOnlyReason) {
        this.file = file;
        this.dataSource = dataSource;
        this.created = created;
        this.readOnlyReason = readOnlyReason;
    }

    /**
     * The default database: {@code $TENKEN_HOME/tenken.db}, else {@code .tenken/tenken.db} under Java's
     * {@code user.home} — which the JVM takes from the account's home directory, not from {@code $HOME}.
     */
    public static Path defaultFile() {
        return defaultFile(System.getenv("TENKEN_HOME"), System.getProperty("user.home"));
    }

    /** The default database for the given {@code $TENKEN_HOME} (may be null) and {@code user.home}. */
    static Path defaultFile(String tenkenHome, String userHome) {
        Path dir = tenkenHome != null && !tenkenHome.isBlank()
                ? Path.of(tenkenHome)
                : Path.of(userHome, ".tenken");
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
        SqliteLibrary.loadKeptCopy(defaultFile().resolveSibling(NATIVE_FOLDER));
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new StoreException(Messages.get("db.error.isFolder", absolute));
        }
        if (!Files.exists(absolute) || sizeOf(absolute) == 0) {
            return create(absolute, seedCatalogue);
        }
        if (!Files.isReadable(absolute)) {
            throw new StoreException(Messages.get("db.error.unreadable", absolute));
        }
        return openExisting(absolute, seedCatalogue);
    }

    private static TenkenDatabase openExisting(Path absolute, boolean seedCatalogue) {
        String readOnlyReason = readOnlyReason(absolute);
        Schema schema = recognise(absolute, readOnlyReason != null);
        int version = schema.version();
        if (version == EMPTY_SQLITE) {
            if (readOnlyReason != null) {
                throw new StoreException(Messages.get("db.error.cannotCreate", absolute, readOnlyReason));
            }
            return create(absolute, seedCatalogue);
        }
        if (readOnlyReason != null) {
            if (version < SCHEMA_VERSION) {
                throw new StoreException(Messages.get("db.error.readOnlyOld", absolute, readOnlyReason));
            }
            return new TenkenDatabase(absolute, dataSource(absolute, true), false, readOnlyReason);
        }
        TenkenDatabase database = new TenkenDatabase(absolute, dataSource(absolute, false), false, null);
        if (schema.current()) {
            return database;
        }
        java.util.Set<String> applied = database.migrate();
        if (applied.contains(TRADE_MIGRATION)) {
            // A file made before trade statistics gets the aggregates' members and, for the items it has,
            // the default commodity mappings that a new file is seeded with.
            TradeSeeder trade = new TradeSeeder(database);
            trade.seedAggregates();
            trade.seedMappings();
        }
        if (applied.contains(FOLLOW_UP_MIGRATION) && CatalogueSeeder.hasFollowUpMaterials(database)) {
            // A file made before the follow-up existed gets the documents' follow-up, as a new one does.
            CatalogueSeeder.seedFollowUp(database);
        }
        if (applied.contains(ASSESSMENT_MIGRATION)) {
            // A file made before assessments existed gets the definitions and reference assessments
            // that a new file is seeded with; its own catalogue decides which materials have them.
            AssessmentSeeder assessments = new AssessmentSeeder(database);
            assessments.seedDefinitions();
            assessments.seedReferenceAssessments();
        }
        return database;
    }

    /**
     * A Tenken file's schema version, and whether its history is exactly this build's ({@link CurrentSchema}):
     * then there is nothing for Flyway to migrate or to refuse.
     */
    private record Schema(int version, boolean current) {
    }

    /**
     * The schema of a Tenken file, read on a read-only connection that changes nothing (no write-ahead
     * switch, no migration): refuses a file that is not SQLite, one of another program, and one made by a
     * newer Tenken.
     */
    private static Schema recognise(Path file, boolean readOnlyMedium) {
        TenkenDatabase probe = new TenkenDatabase(file, dataSource(file, true, readOnlyMedium), false, null);
        try (Connection connection = probe.connect(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (tables.isEmpty()) {
                return new Schema(EMPTY_SQLITE, false);
            }
            if (!tables.contains("flyway_schema_history")) {
                throw new StoreException(Messages.get("db.error.foreign", file,
                        String.join(", ", tables.subList(0, Math.min(5, tables.size())))));
            }
            int version;
            try (ResultSet rows = statement.executeQuery("SELECT max(CAST(version AS INTEGER))"
                    + " FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
                version = rows.next() ? rows.getInt(1) : 0;
            }
            if (version > SCHEMA_VERSION) {
                throw new StoreException(Messages.get("db.error.newer", file, String.valueOf(version),
                        String.valueOf(SCHEMA_VERSION)));
            }
            return new Schema(version, version == SCHEMA_VERSION && CurrentSchema.isCurrent(statement));
        } catch (SQLException e) {
            throw probe.translate(e);
        }
    }

    /** Why {@code file} cannot be written, in words, or null when it can. */
    private static String readOnlyReason(Path file) {
        Path folder = file.getParent();
        if (!Files.isWritable(file)) {
            return Messages.get("db.readOnly.file");
        }
        if (folder != null && !Files.isWritable(folder)) {
            return Messages.get("db.readOnly.folder", folder);
        }
        return null;
    }

    /**
     * Builds a new database in a hidden file beside {@code target} and publishes it under the target's
     * name; when another process published first, opens that one instead.
     */
    private static TenkenDatabase create(Path target, boolean seedCatalogue) {
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(Messages.get("db.error.cannotCreate", target, e.getMessage()), e);
        }
        removeAbandonedSeeds(target);
        Path building = folder.resolve("." + target.getFileName() + SEEDING_MARK
                + ProcessHandle.current().pid() + "-" + UUID.randomUUID());
        boolean published;
        try {
            TenkenDatabase database = new TenkenDatabase(building, dataSource(building, false), true, null);
            database.migrate();
            new CatalogueSeeder(database).seed(seedCatalogue);
            database.checkpoint();
            published = publish(building, target);
        } catch (StoreException e) {
            throw new StoreException(Messages.get("db.error.cannotCreate", target, detailOf(e)), e);
        } finally {
            deleteQuietly(building);
        }
        if (!published) {
            return openExisting(target, seedCatalogue);
        }
        return new TenkenDatabase(target, dataSource(target, false), true, null);
    }

    /** Links the complete file to the target's name; false when another process got there first. */
    private static boolean publish(Path building, Path target) {
        try {
            try {
                Files.createLink(target, building);
                return true;
            } catch (FileAlreadyExistsException taken) {
                if (!isPlaceholder(target)) {
                    return false;
                }
                // An empty file the user made to name the database: replaced in one step.
                Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
                // No hard links on this file system (FAT, some network shares): a rename, which refuses
                // an existing name as well.
                Files.move(building, target);
                return true;
            }
        } catch (FileAlreadyExistsException taken) {
            return false;
        } catch (IOException e) {
            throw new StoreException(Messages.get("db.error.cannotCreate", target, e.getMessage()), e);
        }
    }

    /** An empty file, or an SQLite file without tables: nothing to lose by putting the seed in its place. */
    private static boolean isPlaceholder(Path file) {
        if (sizeOf(file) == 0) {
            return true;
        }
        try {
            return recognise(file, false).version() == EMPTY_SQLITE;
        } catch (StoreException e) {
            return false;
        }
    }

    /** Hidden files of seeds whose process is gone (killed while seeding). */
    private static void removeAbandonedSeeds(Path target) {
        String prefix = "." + target.getFileName() + SEEDING_MARK;
        try (var files = Files.list(target.getParent())) {
            files.filter(f -> f.getFileName().toString().startsWith(prefix)).forEach(f -> {
                String rest = f.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                try {
                    long pid = Long.parseLong(rest.substring(0, dash));
                    if (ProcessHandle.of(pid).isEmpty()) {
                        Files.deleteIfExists(f);
                    }
                } catch (RuntimeException | IOException ignored) {
                    // Not one of ours, or already gone.
                }
            });
        } catch (IOException ignored) {
            // Leftovers are only clutter; the new seed does not depend on removing them.
        }
    }

    private void checkpoint() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // Best effort: the original failure is what the user needs to see.
            }
        }
    }

    private static String detailOf(StoreException e) {
        SQLiteException sqlite = findSqliteCause(e);
        return sqlite != null ? sqlite.getMessage() : e.getMessage();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static SQLiteDataSource dataSource(Path file, boolean readOnly) {
        return dataSource(file, readOnly, readOnly);
    }

    /**
     * Connections with foreign keys and recursive triggers (so that a REPLACE fires the history's
     * DELETE trigger too). A writable file is switched to write-ahead logging; a read-only one is
     * opened read-only, and as immutable when its medium cannot hold SQLite's lock files (a read-only
     * file or folder: a WAL file must be checkpointed, as Tenken leaves it, to be seen). SQLite's own
     * per-connection mutex is left out (multi-thread mode): the driver already serialises every call on a
     * connection, and Tenken never shares a connection between threads at once, so SQLite's lock and
     * unlock around each of the millions of calls an import makes bought nothing.
     */
    private static SQLiteDataSource dataSource(Path file, boolean readOnly, boolean immutable) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.enableRecursiveTriggers(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setOpenMode(SQLiteOpenMode.NOMUTEX);
        // The driver otherwise matches every executed statement's SQL against a pattern to find inserts
        // and queries their row id: work on each of an import's statements. Tenken asks SQLite for a new
        // row's id where it needs one (RETURNING).
        config.setGetGeneratedKeys(false);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setEncoding(SQLiteConfig.Encoding.UTF8);
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(immutable ? "jdbc:sqlite:" + file.toUri() + "?immutable=1" : "jdbc:sqlite:" + file);
        return dataSource;
    }

    /** Migrates to the current schema; returns the versions this applied. */
    private java.util.Set<String> migrate() {
        try {
            Flyway flyway = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .loggers(FlywayLog.class.getName())
                    .load();
            MigrateResult result = flyway.migrate();
            if (!result.success) {
                throw new StoreException(Messages.get("db.error.migration", file));
            }
            return result.migrations.stream().map(m -> m.version).collect(java.util.stream.Collectors.toSet());
        } catch (FlywayValidateException e) {
            throw new StoreException(Messages.get("db.error.historyMismatch", file), e);
        } catch (FlywayException e) {
            // Flyway's own words advise "repair" and print shortened links: only SQLite's cause is told.
            SQLiteException sqlite = findSqliteCause(e);
            throw sqlite != null ? translate(e) : new StoreException(Messages.get("db.error.migration", file), e);
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

    /** True when the file may not be written, and so was opened read-only. */
    public boolean readOnly() {
        return readOnlyReason != null;
    }

    /** Why the file was opened read-only, in words; empty when it is writable. */
    public String readOnlyReason() {
        return readOnlyReason == null ? "" : readOnlyReason;
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
                case 8 -> readOnlyReason != null ? "db.error.openedReadOnly" : "db.error.readonly"; // SQLITE_READONLY
                case 13 -> "db.error.full";              // SQLITE_FULL
                // SQLITE_IOERR: on a full disk SQLite often fails growing its shared-memory or journal
                // file first and says only "disk I/O error"; the free space tells the cause.
                case 10 -> diskFull() ? "db.error.full" : "db.error.io";
                case 26 -> "db.error.notDatabase";       // SQLITE_NOTADB
                case 11 -> "db.error.corrupt";           // SQLITE_CORRUPT
                case 14 -> "db.error.cannotOpen";        // SQLITE_CANTOPEN
                default -> "db.error.generic";
            };
        }
        String detail = readOnlyReason != null && key.equals("db.error.openedReadOnly") ? readOnlyReason
                : sqlite != null ? sqlite.getMessage() : rootMessage(failure);
        return new StoreException(Messages.get(key, file, detail), failure);
    }

    /** Less room left in the file's folder than SQLite needs to write a page and its journal. */
    private boolean diskFull() {
        try {
            return Files.getFileStore(file.getParent()).getUsableSpace() < LOW_SPACE_BYTES;
        } catch (IOException e) {
            return false;
        }
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
