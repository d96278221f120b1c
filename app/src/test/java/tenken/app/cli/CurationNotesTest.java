package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;

/**
 * Curation notes never reach a reader: everything a user reads — every seed file and every text a seeded
 * database holds, every value of every bundle file, the briefing of each designated material in both
 * languages, the command outputs and the CSV outputs — is scanned for the project's internal shorthand
 * (seed document numbers, file paths, setting keys, remarks about "the seed").
 */
class CurationNotesTest {

    /** The shorthand a reader cannot follow; each pattern is named by the leak it catches. */
    static final List<Pattern> CURATION = List.of(
            Pattern.compile("(?i)\\bseed\\s*0\\d\\d\\b"),
            Pattern.compile("(?i)\\bseed (events?|documents?|data|files?)\\b"),
            Pattern.compile("(?i)\\bthe seeds?\\b"),
            Pattern.compile("シード"),
            Pattern.compile("(?i)as cited in"),
            Pattern.compile("shared/(data|seeds)"),
            Pattern.compile("(?i)README\\.md"),
            Pattern.compile("(?i)not stated in the seed"),
            Pattern.compile("\\blevel\\.(critical|high)\\b"),
            Pattern.compile("資料\\s*0\\d\\d"),
            // A curator's remark on the document in hand ("title page not in the text"), not part of a citation.
            Pattern.compile("表題ページ|本文にない"),
            Pattern.compile("(?i)\\bseeds?/|/work/|\\bsrc/(main|test)/"),
            // The curators' tags that sorted a reference list ("general; …; related: …"), not a heading for readers.
            Pattern.compile("(?m)(?:^|[;\"]\\s*)(?:[a-z]+ )*(?:general|related|supplementary)[;:]\\s"));

    private static final String SEED_FOLDER = "tenken/assets/seed/";
    private static final String BUNDLE_FOLDER = "tenken/assets/i18n/";
    /** Tables whose text a reader never sees: the settings' keys and Flyway's own record. */
    private static final List<String> UNSHOWN_TABLES = List.of("setting", "flyway_schema_history");

    @TempDir
    Path dir;

    static List<String> leaks(String where, String text) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : CURATION) {
            var matcher = pattern.matcher(text);
            while (matcher.find()) {
                int from = Math.max(0, matcher.start() - 40);
                int to = Math.min(text.length(), matcher.end() + 40);
                found.add(where + ": «" + text.substring(from, to).replace('\n', ' ') + "»");
            }
        }
        return found;
    }

    @Test
    void thePatternsCatchTheLeaksTheyAreFor() {
        assertThat(leaks("t", "資料 (seed 003), slide")).hasSize(1);
        assertThat(leaks("t", "Past export controls (seed events)")).hasSize(1);
        assertThat(leaks("t", "参照評価（シード資料の指定理由）")).hasSize(1);
        assertThat(leaks("t", "as cited in shared/data/README.md")).hasSize(3);
        assertThat(leaks("t", "data year not stated in the seed")).hasSize(2);
        assertThat(leaks("t", "settings level.critical / level.high")).hasSize(2);
        assertThat(leaks("t", "所管と計画数: 資料004, slide 3")).hasSize(1);
        assertThat(leaks("t", "from /work/shared/seeds/004_x.pdf")).hasSize(3);
        assertThat(leaks("t", "assets/src/main/resources/tenken/assets/seed/shares.csv")).hasSize(2);
        assertThat(leaks("t", "USGS Mineral Commodity Summaries 2025, https://pubs.usgs.gov/")).isEmpty();
        assertThat(leaks("t", "第19回（2025年1月24日）資料1, https://www.mhlw.go.jp/stf/newpage_49702.html")).isEmpty();
        assertThat(leaks("t", "--no-seed: leave the catalogue empty")).isEmpty();
        assertThat(leaks("t", "general; 内閣府 説明資料; related: 経済産業省「アクションプラン」")).hasSize(2);
        assertThat(leaks("t", "slide 1; necessity reasoning general: 内閣府; supplementary: 厚生労働省")).hasSize(2);
        assertThat(leaks("t", "(General) The documents give no reason. Related statement: the antibiotics")).isEmpty();
    }

    @Test
    void everySeedFileCitesItsSourcesAsAReaderCanFollowThem() throws Exception {
        List<String> files = resourceFiles(SEED_FOLDER, ".csv");
        // The catalogue, the reference assessments, the follow-up and the trade mappings at least.
        assertThat(files).contains("shares.csv", "reference_assessments.csv", "followup_funds.csv",
                "trade_mappings.csv", "countries.csv");
        List<String> found = new ArrayList<>();
        for (String file : files) {
            found.addAll(leaks(file, resource(SEED_FOLDER + file)));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyTextASeededDatabaseShowsIsFreeOfCurationNotes() throws Exception {
        Path file = dir.resolve("seeded.db");
        tenken.store.db.TenkenDatabase.open(file);
        List<String> found = new ArrayList<>();
        int cells = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            // Views too: since V9 the shares a user sees are the supply_share view over coded tables.
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            tables.removeAll(UNSHOWN_TABLES);
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            if (rows.getObject(c) instanceof String text) {
                                cells++;
                                found.addAll(leaks(table + "." + columns.getColumnName(c), text));
                            }
                        }
                    }
                }
            }
        }
        assertThat(cells).as("text cells scanned").isGreaterThan(5_000);
        assertThat(found).isEmpty();
    }

    /**
     * Every value of every bundle file, read as it is shipped: the composite bundle of the screens would
     * hide a key that two files share, and the command line's help ({@code cli}) is not part of it.
     */
    @Test
    void noBundleValueCarriesACurationNote() throws Exception {
        List<String> files = resourceFiles(BUNDLE_FOLDER, ".properties");
        assertThat(files).contains("cli.properties", "cli_en.properties", "messages.properties", "views_en.properties");
        List<String> found = new ArrayList<>();
        int values = 0;
        for (String name : files) {
            Properties bundle = new Properties();
            bundle.load(new StringReader(resource(BUNDLE_FOLDER + name)));
            for (String key : bundle.stringPropertyNames()) {
                values++;
                found.addAll(leaks(name + " " + key, bundle.getProperty(key)));
            }
        }
        assertThat(values).isGreaterThan(1_000);
        assertThat(found).isEmpty();
    }

    /** The names of the files directly in the classpath folder {@code folder} that end in {@code suffix}. */
    private static List<String> resourceFiles(String folder, String suffix) throws Exception {
        URI uri = CurationNotesTest.class.getClassLoader().getResource(folder).toURI();
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return names(jar.getPath(folder), suffix);
            }
        }
        return names(Path.of(uri), suffix);
    }

    private static List<String> names(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void generatedBriefingsCommandOutputsAndCsvOutputsCarryNoCurationNote() throws Exception {
        String db = dir.resolve("tenken.db").toString();
        List<String> designated = new tenken.store.repo.CatalogueRepository(tenken.store.db.TenkenDatabase.open(Path.of(db)))
                .load().designatedMaterials().stream().map(m -> m.key()).toList();
        assertThat(designated).hasSize(12);
        List<String> found = new ArrayList<>();
        for (Locale locale : List.of(Messages.JAPANESE, Messages.ENGLISH)) {
            String lang = locale.getLanguage();
            for (List<String> command : List.of(List.of("materials"), List.of("followup"), List.of("leverage"),
                    List.of("assessment", "list"), List.of("check"))) {
                List<String> args = new ArrayList<>(List.of("--lang", lang, "--db", db));
                args.addAll(command);
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertThat(run.status()).as(command + run.err()).isZero();
                found.addAll(leaks(lang + " " + command, run.out()));
            }
            // Every designated material's briefing, with its follow-up page.
            for (String material : designated) {
                Path pdf = dir.resolve(lang + "-" + material + ".pdf");
                assertThat(CliRun.of("--lang", lang, "--db", db, "assessment", "export", "--material", material,
                        "--out", pdf.toString()).status()).isZero();
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    found.addAll(leaks(pdf.getFileName().toString(), new PDFTextStripper().getText(document)));
                }
            }
            Path shares = dir.resolve(lang + "-shares.csv");
            Path analysis = dir.resolve(lang + "-analysis.csv");
            Path scenario = dir.resolve(lang + "-scenario.csv");
            assertThat(CliRun.of("--lang", lang, "--db", db, "export", "--out", shares.toString()).status()).isZero();
            assertThat(CliRun.of("--lang", lang, "--db", db, "analyze", "--out", analysis.toString()).status()).isZero();
            CliRun run = CliRun.of("--lang", lang, "--db", db, "scenario", "--cut", "CHN", "--out", scenario.toString());
            assertThat(run.status()).isZero();
            found.addAll(leaks("scenario output", run.out()));
            for (Path csv : List.of(shares, analysis, scenario)) {
                found.addAll(leaks(csv.getFileName().toString(), Files.readString(csv, StandardCharsets.UTF_8)));
            }
        }
        assertThat(found).isEmpty();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = CurationNotesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
