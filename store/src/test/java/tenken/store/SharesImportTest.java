package tenken.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.store.csv.ImportException;
import tenken.store.csv.ImportProblem;
import tenken.store.csv.TextDecoder;
import tenken.store.db.TenkenDatabase;
import tenken.store.io.CatalogueImporter;
import tenken.store.model.Catalogue;
import tenken.store.model.SupplyShare;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueRepository;

class SharesImportTest {

    private static final String HEADER = "material,stage,country_iso3,share,year,source\n";
    private static final String GALLIUM = HEADER
            + "gallium,refining,CHN,0.984,2024,\"USGS MCS 2025, gallium\"\n"
            + "gallium,refining,RUS,0.008,2024,\"USGS MCS 2025, gallium\"\n"
            + "gallium,refining,JPN,0.004,2024,\"USGS MCS 2025, gallium\"\n";

    @TempDir
    Path dir;

    private TenkenDatabase database;
    private CatalogueImporter importer;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        database = TestDatabases.withMaterials(dir.resolve("test.db"));
        importer = new CatalogueImporter(database);
    }

    private Path file(String name, String content) throws Exception {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(String name, byte[] content) throws Exception {
        Path path = dir.resolve(name);
        Files.write(path, content);
        return path;
    }

    private Catalogue catalogue() {
        return new CatalogueRepository(database).load();
    }

    private List<String> problemsOf(Path file) {
        return problemsOf(file, null);
    }

    private List<String> problemsOf(Path file, Charset encoding) {
        try {
            importer.importShares(file, encoding, ProgressMonitor.NONE);
        } catch (ImportException e) {
            return e.problems().stream().map(ImportProblem::toString).toList();
        }
        throw new AssertionError("the import of " + file + " was accepted");
    }

    @Test
    void importsSharesWithWorldAsTheDefaultConsumer() throws Exception {
        CatalogueImporter.Summary summary = importer.importShares(file("g.csv", GALLIUM), null, ProgressMonitor.NONE);

        assertThat(summary.rows()).isEqualTo(3);
        assertThat(summary.groups()).isEqualTo(1);
        assertThat(summary.charset()).isEqualTo(StandardCharsets.UTF_8);
        Catalogue catalogue = catalogue();
        assertThat(catalogue.shares()).first().isEqualTo(
                new SupplyShare("gallium", "refining", "WLD", "CHN", 0.984, 2024, "USGS MCS 2025, gallium"));
        assertThat(catalogue.findMaterial("gallium")).isPresent();
        assertThat(catalogue.stagesByKey()).containsKey("refining");
    }

    @Test
    void importingTheSameFileTwiceReplacesInsteadOfDuplicating() throws Exception {
        Path file = file("g.csv", GALLIUM);
        importer.importShares(file, null, ProgressMonitor.NONE);
        List<SupplyShare> first = catalogue().shares();

        importer.importShares(file, null, ProgressMonitor.NONE);

        assertThat(catalogue().shares()).isEqualTo(first).hasSize(3);
    }

    @Test
    void aNewFileForAGroupReplacesTheWholeGroupButLeavesOtherGroups() throws Exception {
        importer.importShares(file("g.csv", GALLIUM), null, ProgressMonitor.NONE);
        importer.importShares(file("j.csv", HEADER.replace("source", "source,consumer_iso3")
                + "gallium,refining,CHN,0.5,2024,METI,JPN\n"), null, ProgressMonitor.NONE);

        importer.importShares(file("g2.csv", HEADER + "gallium,refining,CHN,0.99,2024,revised\n"), null,
                ProgressMonitor.NONE);

        assertThat(catalogue().shares()).extracting(SupplyShare::consumer, SupplyShare::supplier, SupplyShare::share)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("JPN", "CHN", 0.5),
                        org.assertj.core.groups.Tuple.tuple("WLD", "CHN", 0.99));
    }

    @Test
    void aSourceNoShareCitesAnyMoreIsRemovedWithTheGroupItWasCitedBy() throws Exception {
        importer.importShares(file("g.csv", GALLIUM), null, ProgressMonitor.NONE);
        importer.importShares(file("j.csv", HEADER.replace("source", "source,consumer_iso3")
                + "gallium,refining,CHN,0.5,2024,METI,JPN\n"), null, ProgressMonitor.NONE);
        assertThat(storedSources()).containsExactlyInAnyOrder("USGS MCS 2025, gallium", "METI");

        importer.importShares(file("g2.csv", HEADER + "gallium,refining,CHN,0.99,2024,revised\n"
                + "gallium,refining,RUS,0.01,2024,METI\n"), null, ProgressMonitor.NONE);

        assertThat(storedSources()).as("one stored row per source, none left that no share cites")
                .containsExactlyInAnyOrder("revised", "METI");
        assertThat(catalogue().shares()).extracting(SupplyShare::consumer, SupplyShare::supplier, SupplyShare::source)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("JPN", "CHN", "METI"),
                        org.assertj.core.groups.Tuple.tuple("WLD", "CHN", "revised"),
                        org.assertj.core.groups.Tuple.tuple("WLD", "RUS", "METI"));
    }

    private List<String> storedSources() throws Exception {
        List<String> sources = new java.util.ArrayList<>();
        try (java.sql.Connection connection = database.connect();
             java.sql.ResultSet rows = connection.createStatement().executeQuery("SELECT source FROM share_provenance")) {
            while (rows.next()) {
                sources.add(rows.getString(1));
            }
        }
        return sources;
    }

    @Test
    void everyBadRowIsListedWithFileLineAndFieldAndNothingIsWritten() throws Exception {
        importer.importShares(file("g.csv", GALLIUM), null, ProgressMonitor.NONE);
        List<SupplyShare> before = catalogue().shares();
        Path bad = file("bad.csv", HEADER
                + "gallium,refining,XXX,0.5,2024,s\n"          // 2 unknown country
                + "gallium,refining,CHN,1.5,2024,s\n"          // 3 share over 1
                + "gallium,refining,USA,-0.1,2024,s\n"         // 4 negative share
                + "gallium,refining,IND,abc,2024,s\n"          // 5 not a number
                + "gallium,refining,ITA,0.1,20x4,s\n"          // 6 bad year
                + ",refining,ITA,0.1,2024,s\n"                 // 7 missing material
                + "gallium,refining,ITA,0.1,2024,\n");         // 8 missing source

        List<String> problems = problemsOf(bad);

        String name = bad.toString();
        assertThat(problems).containsExactly(
                name + ":2: country_iso3: unknown country code \"XXX\" (use ISO 3166-1 alpha-3)",
                name + ":3: share: share \"1.5\" is outside 0..1",
                name + ":4: share: share \"-0.1\" is outside 0..1",
                name + ":5: share: \"abc\" is not a number",
                name + ":6: year: \"20x4\" is not a whole number",
                name + ":7: material: missing value",
                name + ":8: source: missing value");
        assertThat(catalogue().shares()).isEqualTo(before);
    }

    /** A large file repeats its values row after row, and checked values are remembered by their text; refused ones never are. */
    @Test
    void aRepeatedBadValueIsReportedOnEveryRowItComesOn() throws Exception {
        Path bad = file("repeated.csv", HEADER
                + "galium,refining,CHN,1.5,2024,s\n"            // 2
                + "gallium,refining,CHN,0.5,2024,s\n"           // 3 sound
                + "galium,refining,IND,1.5,2024,s\n"            // 4 the same bad texts after a sound row
                + "galium,refining,ITA,1.5,2024,s\n"            // 5 the same bad texts as the row before
                + "gallium,refining,CHN,0.25,2024,s\n");        // 6 the sound texts of line 3 again: a duplicate

        String name = bad.toString();
        String unknown = ": material: unknown material \"galium\" (did you mean gallium / ガリウム?)";
        String outside = ": share: share \"1.5\" is outside 0..1";
        assertThat(problemsOf(bad)).containsExactly(
                name + ":2" + unknown, name + ":2" + outside,
                name + ":4" + unknown, name + ":4" + outside,
                name + ":5" + unknown, name + ":5" + outside,
                name + ":6: country_iso3: supplier \"CHN\" appears twice for the same material, stage, consumer and year");
    }

    @Test
    void sharesOfOneGroupSummingOverOnePointZeroZeroFiveAreRefused() throws Exception {
        Path over = file("over.csv", HEADER
                + "gallium,refining,CHN,0.9,2024,s\n"
                + "gallium,refining,RUS,0.1,2024,s\n"
                + "gallium,refining,JPN,0.006,2024,s\n"
                + "gallium,refining,CHN,0.9,2023,s\n");

        assertThat(problemsOf(over)).containsExactly(over + ":2: share: shares of gallium / refining / consumer WLD"
                + " / 2024 sum to 1.0060, over the limit 1.005");
        assertThat(catalogue().shares()).isEmpty();
    }

    @Test
    void sharesSummingWithinRoundingAreAccepted() throws Exception {
        importer.importShares(file("ok.csv", HEADER + "gallium,refining,CHN,0.9,2024,s\n"
                + "gallium,refining,RUS,0.104,2024,s\n"), null, ProgressMonitor.NONE);

        assertThat(catalogue().shares()).hasSize(2);
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderLine() throws Exception {
        Path noShare = file("noshare.csv", "material,stage,country_iso3,year,source\ngallium,refining,CHN,2024,s\n");

        assertThat(problemsOf(noShare)).containsExactly(noShare + ":1: share: required column missing from the header");
    }

    @Test
    void aDuplicateSupplierInOneGroupIsReported() throws Exception {
        Path twice = file("twice.csv", HEADER + "gallium,refining,CHN,0.4,2024,s\ngallium,refining,chn,0.4,2024,s\n");

        assertThat(problemsOf(twice)).containsExactly(twice + ":3: country_iso3: supplier \"CHN\" appears twice for"
                + " the same material, stage, consumer and year");
    }

    @Test
    void restOfWorldIsASupplierButNeverAConsumer() throws Exception {
        Path file = file("row.csv", "material,stage,country_iso3,share,year,source,consumer_iso3\n"
                + "gallium,refining,ROW,0.2,2024,s,WLD\n"
                + "gallium,refining,CHN,0.2,2024,s,ROW\n");

        assertThat(problemsOf(file)).containsExactly(
                file + ":3: consumer_iso3: \"ROW\" (rest of the world) cannot be a consumer");
    }

    @Test
    void anUnclosedQuoteIsASyntaxProblemWithALine() throws Exception {
        Path broken = file("broken.csv", HEADER + "gallium,refining,CHN,0.4,2024,\"open quote\n");

        assertThat(problemsOf(broken)).singleElement().asString().startsWith(broken + ":").contains("CSV syntax");
    }

    @Test
    void readsUtf8WithAByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + "永久磁石,製品,CHN,0.9,2024,経済産業省 資料\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);

        CatalogueImporter.Summary summary = importer.importShares(file("bom.csv", content), null, ProgressMonitor.NONE);

        assertThat(summary.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(catalogue().shares()).singleElement()
                .satisfies(share -> {
                    assertThat(share.material()).as("the Japanese name resolves to the key").isEqualTo("permanent magnets");
                    assertThat(share.source()).isEqualTo("経済産業省 資料");
                });
    }

    @Test
    void detectsShiftJisAsSavedByExcelInJapan() throws Exception {
        byte[] content = (HEADER + "βラクタム系抗菌薬,原材料,CHN,1.0,2025,厚生労働省 医療用医薬品の安定確保策に関する関係者会議 第19回\n")
                .replace("\n", "\r\n").getBytes(TextDecoder.WINDOWS_31J);

        CatalogueImporter.Summary summary = importer.importShares(file("sjis.csv", content), null, ProgressMonitor.NONE);

        assertThat(summary.charset()).isEqualTo(TextDecoder.WINDOWS_31J);
        assertThat(catalogue().shares()).singleElement()
                .satisfies(share -> {
                    assertThat(share.material()).isEqualTo("beta-lactam antibiotics");
                    assertThat(share.stage()).isEqualTo("raw material");
                    assertThat(share.source()).startsWith("厚生労働省");
                });
    }

    @Test
    void aShiftJisFileForcedAsUtf8IsRefusedNamingTheLine() throws Exception {
        byte[] content = (HEADER + "gallium,refining,CHN,0.5,2024,ok\nβ,原材料,CHN,1.0,2025,厚生労働省\n")
                .getBytes(TextDecoder.WINDOWS_31J);

        Path sjis = file("forced.csv", content);

        assertThat(problemsOf(sjis, StandardCharsets.UTF_8))
                .containsExactly(sjis + ":3: encoding: contains bytes that are not valid UTF-8");
    }

    @Test
    void utf16IsRefusedAsTheWrongEncoding() throws Exception {
        Path utf16 = file("utf16.csv", (HEADER + "gallium,refining,CHN,0.5,2024,s\n").getBytes(StandardCharsets.UTF_16));

        assertThat(problemsOf(utf16)).singleElement().asString()
                .isEqualTo(utf16 + ":1: encoding: not a text file (UTF-16 or binary); save the CSV as UTF-8 or Shift_JIS");
    }

    @Test
    void bytesThatAreNeitherUtf8NorShiftJisAreRefused() throws Exception {
        byte[] content = (HEADER + "gallium,refining,CHN,0.5,2024,s\n").getBytes(StandardCharsets.US_ASCII);
        byte[] broken = java.util.Arrays.copyOf(content, content.length + 2);
        broken[content.length] = (byte) 0x80;  // a lone continuation byte: invalid in both
        broken[content.length + 1] = (byte) 0xFF;

        Path file = file("garbage.csv", broken);

        assertThat(problemsOf(file)).singleElement().asString().startsWith(file + ":3: encoding: neither UTF-8");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("missing.csv");

        assertThat(problemsOf(missing)).containsExactly(missing + ": file: no such file");
    }

    @Test
    void aCancelledImportWritesNothing() throws Exception {
        StringBuilder many = new StringBuilder(HEADER);
        for (int year = 1901; year <= 2100; year++) {
            many.append("gallium,refining,CHN,0.5,").append(year).append(",s\n");
            many.append("gallium,refining,USA,0.5,").append(year).append(",s\n");
            many.append("germanium,refining,CHN,0.5,").append(year).append(",s\n");
        }
        ProgressMonitor cancelAfterFirstBatch = new ProgressMonitor() {
            private boolean progressed;

            @Override
            public void progress(long done, long total) {
                progressed = true;
            }

            @Override
            public boolean isCancelled() {
                return progressed;
            }
        };

        assertThatThrownBy(() -> importer.importShares(file("many.csv", many.toString()), null, cancelAfterFirstBatch))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(catalogue().shares()).isEmpty();
    }

    @Test
    void keepsTheBasisQualityAndNoteOfEachShare() throws Exception {
        importer.importShares(file("p.csv", "material,stage,country_iso3,share,year,source,consumer_iso3,basis,quality,note\n"
                + "gallium,refining,CHN,0.7,2024,\"METI, note\",JPN,\"value, calendar year\",Official,\"midpoint of 60-80 %\"\n"
                + "gallium,refining,KOR,0.2,2024,\"METI, note\",JPN,,,\n"), null, ProgressMonitor.NONE);

        assertThat(catalogue().shares()).extracting(SupplyShare::supplier, SupplyShare::basis, SupplyShare::quality,
                SupplyShare::note).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CHN", "value, calendar year", "official", "midpoint of 60-80 %"),
                        org.assertj.core.groups.Tuple.tuple("KOR", "", "", ""));
    }

    @Test
    void refusesAQualityOutsideTheVocabulary() throws Exception {
        Path bad = file("q.csv", "material,stage,country_iso3,share,year,source,quality\n"
                + "gallium,refining,CHN,0.7,2024,s,rumour\n");

        assertThat(problemsOf(bad)).singleElement().asString()
                .startsWith(bad + ":2: quality: unknown quality \"rumour\"");
        assertThat(catalogue().shares()).isEmpty();
    }
}
