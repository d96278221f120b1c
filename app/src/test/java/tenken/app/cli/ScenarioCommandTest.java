package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;

class ScenarioCommandTest {

    @TempDir
    Path folder;

    @BeforeEach
    void japanese() {
        Messages.setLocale(Messages.JAPANESE);
    }

    @AfterEach
    void restoreLanguage() {
        Messages.setLocale(Messages.JAPANESE);
    }

    private static Map<String, JsonNode> byMaterial(String json) throws Exception {
        Map<String, JsonNode> rows = new HashMap<>();
        new ObjectMapper().readTree(json).forEach(row -> rows.put(row.get("material").asText(), row));
        return rows;
    }

    @Test
    void issueExampleThroughTheCommandLine() throws Exception {
        Path db = AnalysisDatabase.create(folder);
        AnalysisDatabase.Run run = AnalysisDatabase.run("--db", db.toString(), "scenario", "--cut", "CHN", "--json");

        assertThat(run.status()).isZero();
        Map<String, JsonNode> rows = byMaterial(run.out());
        JsonNode x = rows.get("x");
        assertThat(x.fieldNames()).toIterable().contains("material", "stage", "consumer", "face_value", "loss");
        assertThat(x.get("stage").asText()).isEqualTo("product");
        assertThat(x.get("consumer").asText()).isEqualTo("JPN");
        assertThat(x.get("face_value").asDouble()).isCloseTo(0.40, within(1e-12));
        assertThat(x.get("loss").asDouble()).isCloseTo(0.94, within(1e-12));
        assertThat(x.get("coverage").asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(x.get("world_fallback").asBoolean()).isFalse();
        assertThat(x.get("insufficient_data").asBoolean()).isFalse();

        // JPN has no shares of its own for gallium: the world's stand in.
        assertThat(rows.get("gallium").get("loss").asDouble()).isCloseTo(0.98, within(1e-12));
        assertThat(rows.get("gallium").get("world_fallback").asBoolean()).isTrue();
        // Japan's own photoresist is not cut.
        assertThat(rows.get("photoresist").get("loss").asDouble()).isCloseTo(0, within(1e-12));
        // Ranked: most lost first.
        assertThat(new ObjectMapper().readTree(run.out()).get(0).get("material").asText()).isEqualTo("gallium");
    }

    @Test
    void fractionAndConsumer() throws Exception {
        Path db = AnalysisDatabase.create(folder);
        // IND's y: 0.8 × 0.5 + 0.2 = 0.6; ITA's: 0.5; CHN's own y (world shares, its own 0.7 uncut): 1.
        // surviving = 0.4 × 0.5 × 1 + 0.3 × 0.6 + 0.3 × 0.5 = 0.53
        Map<String, JsonNode> half = byMaterial(AnalysisDatabase.run("--db", db.toString(), "scenario",
                "--cut", "chn", "--fraction", "0.5", "--json").out());
        assertThat(half.get("x").get("loss").asDouble()).isCloseTo(0.47, within(1e-12));

        Map<String, JsonNode> india = byMaterial(AnalysisDatabase.run("--db", db.toString(), "scenario",
                "--cut", "CHN", "--cut", "AUS", "--consumer", "IND", "--json").out());
        assertThat(india.get("y").get("consumer").asText()).isEqualTo("IND");
        assertThat(india.get("y").get("loss").asDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(india.get("y").get("face_value").asDouble()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void anExportControlCutsOnlyTheNamedMaterialsAndWhatIsMadeFromThem() throws Exception {
        Path db = AnalysisDatabase.create(folder);
        // CHN controls y only. x is not cut directly (face value 0) but its makers lose their y:
        // CHN's own y is uncut (1), IND keeps its own 0.2, ITA bought all from CHN (0).
        // surviving(JPN, x) = 0.4 × 1 + 0.3 × 0.2 + 0.3 × 0 = 0.46 → loss 0.54.
        Map<String, JsonNode> rows = byMaterial(AnalysisDatabase.run("--db", db.toString(), "scenario",
                "--cut", "CHN", "--material", "y", "--json").out());
        assertThat(rows.get("x").get("face_value").asDouble()).isCloseTo(0, within(1e-12));
        assertThat(rows.get("x").get("loss").asDouble()).isCloseTo(0.54, within(1e-12));
        assertThat(rows.get("gallium").get("loss").asDouble()).isCloseTo(0, within(1e-12));

        AnalysisDatabase.Run unknown = AnalysisDatabase.run("--db", db.toString(), "scenario", "--cut", "CHN",
                "--material", "unobtainium");
        assertThat(unknown.status()).isNotZero();
        assertThat(unknown.err()).contains("unobtainium");
    }

    @Test
    void unknownOrAggregateCutCountryOrBadFractionIsRefused() {
        Path db = AnalysisDatabase.create(folder);

        AnalysisDatabase.Run unknown = AnalysisDatabase.run("--db", db.toString(), "scenario", "--cut", "XYZ");
        assertThat(unknown.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(unknown.err()).contains("XYZ", "ISO 3166-1");
        assertThat(unknown.out()).isEmpty();

        AnalysisDatabase.Run rest = AnalysisDatabase.run("--db", db.toString(), "scenario", "--cut", "ROW");
        assertThat(rest.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(rest.err()).contains("ROW");

        AnalysisDatabase.Run fraction = AnalysisDatabase.run("--db", db.toString(), "scenario", "--cut", "CHN",
                "--fraction", "1.5");
        assertThat(fraction.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(fraction.err()).contains("--fraction");

        assertThat(AnalysisDatabase.run("--db", db.toString(), "scenario").status()).isEqualTo(2);
    }

    @Test
    void tableWithFanOutInJapaneseAndEnglish() {
        Path db = AnalysisDatabase.create(folder);

        AnalysisDatabase.Run japanese = AnalysisDatabase.run("--db", db.toString(), "scenario", "--cut", "CHN");
        assertThat(japanese.status()).isZero();
        assertThat(japanese.out()).contains("シナリオ", "CHN", "94.0%", "40.0%", "世界シェアで代用",
                "影響を受ける特定重要物資", "半導体");

        Messages.setLocale(Messages.ENGLISH);
        AnalysisDatabase.Run english = AnalysisDatabase.run("--db", db.toString(), "scenario", "--cut", "CHN");
        assertThat(english.out()).contains("Scenario", "Face value", "Loss", "world shares used",
                "Designated materials affected", "Semiconductors");
    }

    @Test
    void byMaterialListsEveryDesignatedMaterialWithTheItemThatLosesMostAndTheTableTheSameMaterials() throws Exception {
        String db = folder.resolve("seeded.db").toString();

        CliRun json = CliRun.of("--db", db, "scenario", "--cut", "CHN", "--by-material", "--json");

        assertThat(json.status()).as(json.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(json.out());
        assertThat(rows).hasSize(12);
        Map<String, JsonNode> byKey = new HashMap<>();
        java.util.List<String> affected = new java.util.ArrayList<>();
        double previous = Double.MAX_VALUE;
        for (JsonNode row : rows) {
            assertThat(row.fieldNames()).toIterable().contains("material", "loss", "loss_upper", "item", "stage",
                    "via_input");
            byKey.put(row.get("material").asText(), row);
            if (!row.get("loss").isNull()) {
                assertThat(row.get("loss").asDouble()).as("ranked").isLessThanOrEqualTo(previous);
                previous = row.get("loss").asDouble();
                assertThat(row.get("loss_upper").asDouble()).isGreaterThanOrEqualTo(row.get("loss").asDouble());
                if (row.get("loss").asDouble() >= 1e-6) {
                    affected.add(row.get("material").asText());
                }
            }
        }
        // Hit through their inputs: magnets through the rare earths they are made from.
        assertThat(byKey.get("permanent magnets").get("via_input").asBoolean()).isTrue();
        assertThat(byKey.get("permanent magnets").get("loss").asDouble()).isGreaterThan(0.5);
        assertThat(affected).contains("permanent magnets", "storage batteries", "fertilizers", "critical minerals");

        // The table's list of affected materials is the same list, in the same order.
        Messages.setLocale(Messages.ENGLISH);
        CliRun table = CliRun.of("--lang", "en", "--db", db, "scenario", "--cut", "CHN");
        String listed = table.out().substring(table.out().indexOf("Designated materials affected"));
        CliRun materials = CliRun.of("--lang", "en", "--db", db, "materials", "--json");
        Map<String, String> english = new HashMap<>();
        new ObjectMapper().readTree(materials.out()).forEach(m -> english.put(m.get("key").asText(),
                m.get("name_en").asText()));
        java.util.List<String> lines = listed.lines().skip(1).filter(l -> l.startsWith("  ")).toList();
        assertThat(lines).hasSameSizeAs(affected);
        for (int i = 0; i < affected.size(); i++) {
            assertThat(lines.get(i)).startsWith("  " + english.get(affected.get(i)) + ":");
        }

        CliRun text = CliRun.of("--lang", "en", "--db", db, "scenario", "--cut", "CHN", "--by-material");
        assertThat(text.out()).contains("Loss (upper)", "Item that loses most", "through an input");
    }

    @Test
    void cyclesAreReportedOnTheErrorStreamAndJsonStaysClean() throws Exception {
        // Imports refuse cycles now; a database from before that rule may still hold one.
        Path db = AnalysisDatabase.create(folder);
        try (var connection = tenken.store.db.TenkenDatabase.open(db, false).connect();
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO input_relation VALUES ('y', 'refining', 'x', 'product')");
        }

        AnalysisDatabase.Run run = AnalysisDatabase.run("--db", db.toString(), "scenario", "--cut", "CHN", "--json");

        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("循環", "x/product", "y/refining");
        JsonNode x = byMaterial(run.out()).get("x");
        assertThat(x.get("insufficient_data").asBoolean()).isTrue();
        // Not followed: X counts as made without inputs, so only the direct cut of CHN remains.
        assertThat(x.get("loss").asDouble()).isCloseTo(0.4, within(1e-12));
    }

    /**
     * Issue 13 items 4 and 12: China's 2023 controls leave fertilisers and magnets untouched. The window says
     * 「影響なし」 and names no item; the command line printed "肥料 0.0% りん酸アンモニウム" and "永久磁石 0.0%
     * レアアース 投入物経由", an item that "loses most" of nothing, reached "through an input" that loses nothing.
     */
    @Test
    void aMaterialThatLosesNothingNamesNoItemInAnyOutputAsTheWindowDoes() throws Exception {
        String db = folder.resolve("seeded.db").toString();
        String[] china2023 = {"--db", db, "scenario", "--cut", "CHN", "--material", "gallium", "--material",
            "germanium", "--material", "natural graphite", "--by-material"};

        CliRun text = CliRun.of(china2023);
        assertThat(text.status()).as(text.err()).isZero();
        String fertilisers = text.out().lines().filter(l -> l.startsWith("肥料")).findFirst().orElseThrow();
        String magnets = text.out().lines().filter(l -> l.startsWith("永久磁石")).findFirst().orElseThrow();
        assertThat(fertilisers).contains("影響なし").doesNotContain("りん酸アンモニウム");
        assertThat(magnets).contains("影響なし").doesNotContain("レアアース").doesNotContain("投入物経由");
        // Materials that do lose keep their item and say when it is an input's.
        assertThat(text.out().lines().filter(l -> l.startsWith("蓄電池")).findFirst().orElseThrow())
                .contains("天然黒鉛", "投入物経由");

        String[] json = java.util.Arrays.copyOf(china2023, china2023.length + 1);
        json[json.length - 1] = "--json";
        CliRun run = CliRun.of(json);
        assertThat(run.status()).as(run.err()).isZero();
        Map<String, JsonNode> rows = new HashMap<>();
        new ObjectMapper().readTree(run.out()).forEach(row -> rows.put(row.get("material").asText(), row));
        for (String untouched : java.util.List.of("fertilizers", "permanent magnets")) {
            JsonNode row = rows.get(untouched);
            assertThat(row.get("loss").asDouble()).as(untouched).isZero();
            assertThat(row.get("item").isNull()).as(untouched + " item").isTrue();
            assertThat(row.get("stage").isNull()).as(untouched + " stage").isTrue();
            assertThat(row.get("via_input").asBoolean()).as(untouched + " via_input").isFalse();
        }
        assertThat(rows.get("storage batteries").get("item").asText()).isEqualTo("natural graphite");
        assertThat(rows.get("storage batteries").get("via_input").asBoolean()).isTrue();

        Path csv = folder.resolve("by-material.csv");
        String[] file = java.util.Arrays.copyOf(china2023, china2023.length + 2);
        file[file.length - 2] = "--out";
        file[file.length - 1] = csv.toString();
        CliRun written = CliRun.of(file);
        assertThat(written.status()).as(written.err()).isZero();
        String fertiliserRow = java.nio.file.Files.readAllLines(csv).stream().filter(l -> l.startsWith("fertilizers,"))
                .findFirst().orElseThrow();
        assertThat(fertiliserRow).contains("影響なし").doesNotContain("ammonium phosphate").doesNotContain("りん酸アンモニウム");
    }
}
