package tenken.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tenken.assets.Messages;
import tenken.store.csv.ImportException;
import tenken.store.csv.ImportProblem;
import tenken.store.db.TenkenDatabase;
import tenken.store.io.CatalogueImporter;
import tenken.store.model.InputRelation;
import tenken.store.model.SupplyShare;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueRepository;

/** The strict rules of issue 10 for share and input files, one test per numbered failure. */
class StrictImportTest {

    private static final String HEADER = "material,stage,country_iso3,share,year,source\n";

    @TempDir
    Path dir;

    private TenkenDatabase database;
    private CatalogueImporter importer;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        database = TestDatabases.withMaterials(dir.resolve("strict.db"));
        importer = new CatalogueImporter(database);
    }

    private Path file(String content) throws Exception {
        return file(content.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(byte[] content) throws Exception {
        Path path = Files.createTempFile(dir, "f", ".csv");
        Files.write(path, content);
        return path;
    }

    private List<String> refused(Path file, Charset encoding) throws Exception {
        byte[] before = Files.readAllBytes(database.file());
        List<SupplyShare> sharesBefore = shares();
        try {
            importer.importShares(file, encoding, ProgressMonitor.NONE);
        } catch (ImportException e) {
            assertThat(Files.readAllBytes(database.file())).as("the database file is unchanged").isEqualTo(before);
            assertThat(shares()).isEqualTo(sharesBefore);
            return e.problems().stream().map(ImportProblem::toString).toList();
        }
        throw new AssertionError("the import of " + file + " was accepted");
    }

    private List<String> refused(String content) throws Exception {
        Path path = file(content);
        return refused(path, null).stream().map(p -> p.replace(path.toString(), "F")).toList();
    }

    private List<SupplyShare> shares() {
        return new CatalogueRepository(database).load().shares();
    }

    // 1. Names resolve, or the row is refused.

    @ParameterizedTest
    @ValueSource(strings = {"gallium", "Gallium", "GALLIUM", "ガリウム", "ｇａｌｌｉｕｍ", "gallium\u200B", "\u00A0gallium"})
    void everySpellingOfAKnownMaterialResolvesToItsKey(String spelling) throws Exception {
        importer.importShares(file(HEADER + spelling + ",Refining and processing,CHN,0.5,2024,s\n"), null, ProgressMonitor.NONE);

        assertThat(shares()).extracting(SupplyShare::material, SupplyShare::stage).containsExactly(
                org.assertj.core.groups.Tuple.tuple("gallium", "refining"));
        assertThat(new CatalogueRepository(database).load().materials()).hasSize(TestDatabases.MATERIALS.size());
    }

    @Test
    void anUnknownMaterialIsRefusedWithTheClosestKnownName() throws Exception {
        assertThat(refused(HEADER + "galium,refining,CHN,0.5,2024,s\n")).containsExactly(
                "F:2: material: unknown material \"galium\" (did you mean gallium / ガリウム?)");
    }

    @Test
    void anUnknownStageIsRefusedAndNothingIsCreated() throws Exception {
        assertThat(refused(HEADER + "gallium,精錬,CHN,0.5,2024,s\n")).singleElement().asString()
                .startsWith("F:2: stage: unknown stage \"精錬\" (did you mean ");
        assertThat(new CatalogueRepository(database).load().stages()).noneMatch(s -> s.key().equals("精錬"));
    }

    @Test
    void theSumCheckAddsSpellingsOfOneMaterialTogether() throws Exception {
        assertThat(refused(HEADER + "gallium,refining,CHN,0.7,2024,s\nGallium,refining,RUS,0.7,2024,s\n"))
                .containsExactly("F:2: share: shares of gallium / refining / consumer WLD / 2024 sum to 1.4000,"
                        + " over the limit 1.005");
    }

    @Test
    void inputRelationsResolveNamesOrAreRefused() throws Exception {
        String header = "material,stage,input_material,input_stage\n";
        importer.importInputs("i.csv", (header + "永久磁石,Product,Neodymium,refining\n").getBytes(StandardCharsets.UTF_8),
                null, ProgressMonitor.NONE);
        assertThat(new CatalogueRepository(database).load().inputs())
                .containsExactly(new InputRelation("permanent magnets", "product", "neodymium", "refining"));

        assertThat(inputProblems(header + "permanent magnets,product,neodymiun,refining\n")).containsExactly(
                "j.csv:2: input_material: unknown material \"neodymiun\" (did you mean neodymium / ネオジム?)");
    }

    // 6. Rows are never cut or mis-mapped.

    @Test
    void aFieldBeyondTheHeaderIsRefusedNotDropped() throws Exception {
        assertThat(refused(HEADER + "gallium,refining,CHN,0.5,2024,USGS, Mineral Commodity Summaries 2025\n"))
                .containsExactly("F:2: row: the row has 7 fields, more than the header's 6"
                        + " (put a value that contains a comma in \"...\")");
    }

    @Test
    void aDuplicatedOrUnknownColumnIsRefused() throws Exception {
        assertThat(refused("material,stage,country_iso3,share,year,source,material\n"
                + "gallium,refining,CHN,0.5,2024,s,germanium\n"))
                .containsExactly("F:1: material: the header names this column twice");
        assertThat(refused("material,stage,country_iso3,share,year,source,comment\n"
                + "gallium,refining,CHN,0.5,2024,s,x\n")).singleElement().asString()
                .startsWith("F:1: comment: not a column of this format");
    }

    // 10. Physical line numbers, syntax errors in words.

    @Test
    void lineNumbersArePhysicalAfterBlankLinesAndMultiLineFields() throws Exception {
        assertThat(refused(HEADER + "\n\ngallium,refining,CHN,0.5,2024,\"a source\non two lines\"\n\n"
                + "gallium,refining,XXX,0.5,2024,s\n")).containsExactly(
                "F:7: country_iso3: unknown country code \"XXX\" (use ISO 3166-1 alpha-3)");
    }

    @Test
    void csvSyntaxErrorsAreWordsOnTheLineWhereTheRowStarts() throws Exception {
        List<String> problems = refused(HEADER + "gallium,refining,CHN,0.5,2024,s\n\n"
                + "gallium,refining,RUS,0.1,2024,\"open\" quote\n");

        assertThat(problems).containsExactly("F:4: CSV syntax: text after the closing quote of a field"
                + " (inside a quoted value, write a quote as \"\")");
        assertThat(String.join("\n", refused(HEADER + "gallium,refining,CHN,0.4,2024,\"never closed\n")))
                .isEqualTo("F:2: CSV syntax: a quote \" opened on this line is never closed")
                .doesNotContain("Exception");
    }

    // 11. Messages, never stack traces.

    @Test
    void anUnbalancedQuoteInTheHeaderIsAMessage() throws Exception {
        assertThat(refused("material,\"stage,country_iso3,share,year,source\ngallium,refining,CHN,0.5,2024,s\n"))
                .containsExactly("F:1: CSV syntax: a quote \" opened on this line is never closed");
    }

    // 12. Plain decimals after NFKC.

    @ParameterizedTest
    @ValueSource(strings = {"0x1p-1", "0.5d", "0.5f", "NaN", "Infinity", "5e-1", "٠٫٥", "0,5", "+0.5"})
    void aShareThatIsNotAPlainDecimalIsRefused(String share) throws Exception {
        assertThat(refused(HEADER + "gallium,refining,CHN,\"" + share + "\",2024,s\n")).containsExactly(
                "F:2: share: \"" + share + "\" is not a number");
    }

    @Test
    void fullWidthDigitsAreAcceptedForSharesAndYearsAlikeAndOtherScriptsRefused() throws Exception {
        importer.importShares(file(HEADER + "gallium,refining,CHN,０．５,２０２４,s\n"), null, ProgressMonitor.NONE);
        assertThat(shares()).extracting(SupplyShare::share, SupplyShare::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0.5, 2024));

        Path arabic = file(HEADER + "gallium,refining,CHN,0.5,٢٠٣٠,s\n");
        assertThatRefusedWith(arabic, ":2: year: \"٢٠٣٠\" is not a whole number");
    }

    @Test
    void theWorldIsNoSupplierButTheRestOfTheWorldIs() throws Exception {
        assertThat(refused(HEADER + "gallium,refining,WLD,0.5,2024,s\n")).containsExactly(
                "F:2: country_iso3: \"WLD\" (the world) cannot be a supplier (what the source does not split by"
                        + " country is ROW)");
        importer.importShares(file(HEADER + "gallium,refining,ROW,0.5,2024,s\n"), null, ProgressMonitor.NONE);
        assertThat(shares()).extracting(SupplyShare::supplier).containsExactly("ROW");
    }

    // 13. Encodings that cannot be decided.

    @Test
    void eucJpIsNotGuessedAsShiftJis() throws Exception {
        Path euc = file((HEADER + "ガリウム,refining,CHN,0.5,2024,経済産業省 資料\n").getBytes(Charset.forName("EUC-JP")));

        assertThat(refused(euc, null)).singleElement().asString().contains(":2: encoding: ").contains("--encoding");
        importer.importShares(euc, Charset.forName("EUC-JP"), ProgressMonitor.NONE);
        assertThat(shares()).extracting(SupplyShare::source).containsExactly("経済産業省 資料");
    }

    @Test
    void brokenUtf8IsNotReadAsShiftJis() throws Exception {
        byte[] good = (HEADER + "ガリウム,refining,CHN,0.5,2024,経済産業省 資料\ngallium,refining,RUS,0.1,2024,")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 4);
        bad[good.length] = (byte) 0xE7;  // a three-byte sequence cut short: "経" without its last byte
        bad[good.length + 1] = (byte) 0xB5;
        bad[good.length + 2] = 's';
        bad[good.length + 3] = '\n';

        assertThatRefusedWith(file(bad), ":3: encoding: looks like UTF-8 but this line has bytes that are not valid"
                + " UTF-8; check the file or name its encoding with --encoding");
    }

    @Test
    void anUnknownEncodingNameIsAMessage() {
        assertThatRefusedWithProblem(() -> tenken.store.csv.Encodings.named("FOO"), "encoding");
    }

    // 15. Limits on text.

    @Test
    void longNamesLongSourcesControlAndDirectionCharactersAreRefused() throws Exception {
        assertThat(refused(HEADER + "gallium,refining,CHN,0.5,2024," + "s".repeat(2_001) + "\n")).containsExactly(
                "F:2: source: 2001 characters, over the limit of 2000");
        assertThat(refused(HEADER + "g".repeat(201) + ",refining,CHN,0.5,2024,s\n")).containsExactly(
                "F:2: material: 201 characters, over the limit of 200");
        assertThat(refused(HEADER + "\"gal\nlium\",refining,CHN,0.5,2024,s\n")).containsExactly(
                "F:2: material: contains the control or text-direction character U+000A");
        assertThat(refused(HEADER + "gallium,refining,CHN,0.5,2024,USGS\u202Emalicious\n")).containsExactly(
                "F:2: source: contains the control or text-direction character U+202E");
        assertThat(refused(HEADER + "gallium,refining,CHN,0.5,2024,USGS\u000Bsoft break\n")).containsExactly(
                "F:2: source: contains the control or text-direction character U+000B");
    }

    // 16. Cycles in input relations.

    @Test
    void aCycleThroughStoredAndFileRelationsIsRefusedAndNamed() throws Exception {
        String header = "material,stage,input_material,input_stage\n";
        importer.importInputs("a.csv", (header + "germanium,refining,gallium,refining\n").getBytes(StandardCharsets.UTF_8),
                null, ProgressMonitor.NONE);

        assertThat(inputProblems(header + "permanent magnets,product,neodymium,refining\n"
                + "gallium,refining,germanium,refining\n")).containsExactly(
                "j.csv:3: input: gallium/refining ← germanium/refining ← gallium/refining makes a cycle");
        assertThat(new CatalogueRepository(database).load().inputs()).hasSize(1);
    }

    private List<String> inputProblems(String content) {
        try {
            importer.importInputs("j.csv", content.getBytes(StandardCharsets.UTF_8), null, ProgressMonitor.NONE);
        } catch (ImportException e) {
            return e.problems().stream().map(ImportProblem::toString).toList();
        }
        throw new AssertionError("accepted");
    }

    private void assertThatRefusedWith(Path file, String problem) throws Exception {
        assertThat(refused(file, null)).containsExactly(file + problem);
    }

    private static void assertThatRefusedWithProblem(Runnable action, String field) {
        try {
            action.run();
        } catch (ImportException e) {
            assertThat(e.problems()).singleElement().extracting(ImportProblem::field).isEqualTo(field);
            assertThat(e.getMessage()).contains("FOO");
            return;
        }
        throw new AssertionError("accepted");
    }
}
