package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;

class FoundationCommandsTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        db = dir.resolve("tenken.db").toString();
    }

    @Test
    void materialsJsonListsTheTwelveDesignatedMaterialsWithTheirNamesAndItems() throws Exception {
        CliRun run = CliRun.of("--db", db, "materials", "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode all = new ObjectMapper().readTree(run.out());
        List<JsonNode> materials = new ArrayList<>();
        all.forEach(material -> {
            if (material.get("designated").asBoolean()) {
                materials.add(material);
            }
        });
        assertThat(materials).hasSize(12);
        List<String> japanese = new ArrayList<>();
        materials.forEach(material -> japanese.add(material.get("name_ja").asText()));
        assertThat(japanese).containsExactly("抗菌性物質製剤", "肥料", "永久磁石", "工作機械・産業用ロボット", "航空機の部品",
                "半導体", "蓄電池", "クラウドプログラム", "可燃性天然ガス", "重要鉱物", "船舶の部品", "先端電子部品");
        JsonNode antimicrobials = materials.get(0);
        assertThat(antimicrobials.get("name_en").asText()).isNotBlank();
        assertThat(antimicrobials.get("items").toString()).contains("βラクタム");
        materials.forEach(material -> assertThat(material.get("source").asText()).isNotBlank());
    }

    @Test
    void theDatabaseOptionIsTakenBeforeOrAfterTheSubcommand() {
        CliRun before = CliRun.of("--db", db, "check");
        CliRun after = CliRun.of("check", "--db", db);

        assertThat(before.status()).isZero();
        assertThat(after.out()).isEqualTo(before.out()).contains(db).contains("Integrity check: ok");
    }

    @Test
    void theGlobalOptionsReachANestedSubcommandFromAnyLevel() {
        CliRun top = CliRun.of("--db", db, "assessment", "list");
        CliRun middle = CliRun.of("assessment", "--db", db, "list");
        CliRun inner = CliRun.of("assessment", "list", "--db", db);
        Path other = dir.resolve("other.db");
        CliRun innerWins = CliRun.of("--db", other.toString(), "assessment", "list", "--db", db);

        assertThat(top.status()).as(top.err()).isZero();
        assertThat(top.out()).isNotBlank();
        assertThat(Path.of(db)).exists();
        assertThat(middle.out()).isEqualTo(top.out());
        assertThat(inner.out()).isEqualTo(top.out());
        assertThat(innerWins.out()).isEqualTo(top.out());
        assertThat(other).doesNotExist();
    }

    @Test
    void versionNamesTheReleaseAndTheCommitBuiltFrom() {
        CliRun run = CliRun.of("--version");

        assertThat(run.status()).isZero();
        // The commit is unknown only when built outside a git checkout (a source archive).
        assertThat(run.out().strip()).matches("tenken Version \\d+\\.\\d+\\.\\d+ \\(commit ([0-9a-f]{7}(-dirty)?|unknown)\\)")
                .doesNotContain("development").doesNotContain("SNAPSHOT");
    }

    @Test
    void withoutDbCheckOpensTheDefaultDatabaseAndSaysWhere() {
        // The build sets TENKEN_HOME to a folder under target/, so this never touches the developer's home;
        // which folder the default is (TENKEN_HOME or user.home) is TenkenDatabaseDefaultFileTest's concern.
        java.nio.file.Path expected = tenken.store.db.TenkenDatabase.defaultFile();
        CliRun run = CliRun.of("check");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains(expected.toString());
        assertThat(expected).exists();
    }

    @Test
    void checkPrintsTheSchemaVersionAndRowCounts() {
        CliRun run = CliRun.of("--db", db, "check");

        assertThat(run.out()).contains("Schema version: ").containsPattern("supply_share\\s+[1-9]\\d+")
                .containsPattern("material\\s+[1-9]\\d+");
    }

    /** Issue 13 item 8: the Japanese check said 「評価履歴・構造の検査: ok」, an English word among Japanese. */
    @Test
    void checkSaysItsVerdictsInJapaneseInAJapaneseSession() {
        Messages.setLocale(Messages.JAPANESE);

        CliRun run = CliRun.of("--lang", "ja", "--db", db, "check");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("整合性チェック: 正常", "評価履歴・構造の検査: 正常")
                .doesNotContainPattern("(?i)\\bok\\b");
    }

    @Test
    void aBadFileIsRefusedWithEveryProblemAndANonZeroStatusAndTheDatabaseIsUnchanged() throws Exception {
        Path export = dir.resolve("before.csv");
        CliRun.of("--db", db, "export", "--out", export.toString());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "material,stage,country_iso3,share,year,source\n"
                + "gallium,refining,CHN,0.9,2024,s\n"
                + "gallium,refining,ZZZ,0.05,2024,s\n"
                + "gallium,refining,RUS,1.2,2024,s\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("--db", db, "import", bad.toString());

        assertThat(run.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(run.err()).contains(bad + ":3: country_iso3: unknown country code \"ZZZ\"")
                .contains(bad + ":4: share: share \"1.2\" is outside 0..1")
                .contains("Import refused: 2 problem(s)")
                .doesNotContain("Exception");
        Path after = dir.resolve("after.csv");
        CliRun.of("--db", db, "export", "--out", after.toString());
        assertThat(Files.readString(after)).isEqualTo(Files.readString(export));
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseThenExportGivesTheSameFile() throws Exception {
        Path first = dir.resolve("first.csv");
        Path firstInputs = dir.resolve("first-inputs.csv");
        Path firstMaterials = dir.resolve("first-materials.csv");
        assertThat(CliRun.of("--db", db, "export", "--materials", "--out", firstMaterials.toString()).status()).isZero();
        assertThat(CliRun.of("--db", db, "export", "--out", first.toString()).status()).isZero();
        assertThat(CliRun.of("--db", db, "export", "--inputs", "--out", firstInputs.toString()).status()).isZero();
        String empty = dir.resolve("empty.db").toString();

        CliRun declared = CliRun.of("--db", empty, "--no-seed", "import", "--materials", firstMaterials.toString());
        CliRun imported = CliRun.of("--db", empty, "import", first.toString());
        CliRun importedInputs = CliRun.of("--db", empty, "import", "--inputs", firstInputs.toString());
        Path second = dir.resolve("second.csv");
        Path secondInputs = dir.resolve("second-inputs.csv");
        CliRun.of("--db", empty, "export", "--out", second.toString());
        CliRun.of("--db", empty, "export", "--inputs", "--out", secondInputs.toString());
        Path secondMaterials = dir.resolve("second-materials.csv");
        CliRun.of("--db", empty, "export", "--materials", "--out", secondMaterials.toString());

        assertThat(declared.status()).as(declared.err()).isZero();
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(importedInputs.status()).as(importedInputs.err()).isZero();
        assertThat(Files.readString(secondMaterials)).isEqualTo(Files.readString(firstMaterials));
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(Files.readString(secondInputs)).isEqualTo(Files.readString(firstInputs));
    }

    @Test
    void aShiftJisFileIsDetectedAndAForcedEncodingIsHonoured() throws Exception {
        Path sjis = dir.resolve("sjis.csv");
        Files.write(sjis, ("material,stage,country_iso3,share,year,source,consumer_iso3\r\n"
                + "βラクタム系抗菌薬,原材料,CHN,0.7,2025,厚生労働省 資料,JPN\r\n").getBytes("windows-31j"));

        CliRun detected = CliRun.of("--db", db, "import", sjis.toString());
        CliRun forcedWrong = CliRun.of("--db", db, "import", "--encoding", "UTF-8", sjis.toString());

        assertThat(detected.status()).as(detected.err()).isZero();
        assertThat(detected.out()).contains("windows-31j");
        assertThat(forcedWrong.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(forcedWrong.err()).contains(sjis + ":2: encoding: contains bytes that are not valid UTF-8");
    }

    @Test
    void aFileThatIsNotADatabaseGetsAMessageNotAStackTrace() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "not a database at all ".repeat(100));

        CliRun run = CliRun.of("--db", notes.toString(), "check");

        assertThat(run.status()).isEqualTo(TenkenCli.DATABASE_FAILURE);
        assertThat(run.err()).contains(notes.toAbsolutePath().toString()).contains("not a Tenken (SQLite) database")
                .doesNotContain("at org.").doesNotContain("Exception");
    }

    @Test
    void helpIsInJapaneseByDefault() {
        Messages.setLocale(Messages.JAPANESE);
        java.util.Locale.setDefault(Messages.locale());

        CliRun run = CliRun.of("import", "--help");

        assertThat(run.out()).contains("問題が一つでもあれば").contains("--encoding");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorNotSilentlyJapanese() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();

        int status = TenkenCli.run(new String[] {"--lang", "fr", "check"}, new NoWindow(),
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("fr").contains("--lang ja").contains("--lang en");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void theExportCommandsDescribeThemselvesInHelp() {
        Messages.setLocale(Messages.ENGLISH);
        java.util.Locale.setDefault(Messages.locale());

        assertThat(CliRun.of("export-graph", "--help").out()).contains("Writes the chokepoint graph of a material");
        assertThat(CliRun.of("export-chart", "--help").out()).contains("Writes the dependency chart of a material");
        Messages.setLocale(Messages.JAPANESE);
        java.util.Locale.setDefault(Messages.locale());
        assertThat(CliRun.of("export-graph", "--help").out()).contains("チョークポイント・グラフを画像");
    }

    @Test
    void everyCommandDescribesItselfInHelpInBothLanguages() {
        for (java.util.Locale language : List.of(Messages.JAPANESE, Messages.ENGLISH)) {
            Messages.setLocale(language);
            java.util.Locale.setDefault(language);
            java.io.PrintWriter nowhere = new java.io.PrintWriter(java.io.Writer.nullWriter());
            List<String> undescribed = new ArrayList<>();
            collectUndescribed(TenkenCli.commandLine(nowhere, nowhere, new NoWindow()), undescribed);

            assertThat(undescribed).as("commands without a description in --help (%s)", language).isEmpty();
        }
    }

    private static void collectUndescribed(picocli.CommandLine command, List<String> undescribed) {
        for (picocli.CommandLine subcommand : command.getSubcommands().values()) {
            String[] description = subcommand.getCommandSpec().usageMessage().description();
            if (description.length == 0 || String.join("", description).isBlank()) {
                undescribed.add(subcommand.getCommandSpec().qualifiedName());
            }
            collectUndescribed(subcommand, undescribed);
        }
    }
}
