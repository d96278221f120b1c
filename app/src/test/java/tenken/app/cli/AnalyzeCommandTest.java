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

class AnalyzeCommandTest {

    @TempDir
    Path folder;
    private Path db;

    @BeforeEach
    void createDatabase() {
        Messages.setLocale(Messages.JAPANESE);
        db = AnalysisDatabase.create(folder);
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
    void jsonHasTheContractKeysAndHandComputedValues() throws Exception {
        AnalysisDatabase.Run run = AnalysisDatabase.run("--db", db.toString(), "analyze", "--consumer", "WLD", "--json");

        assertThat(run.status()).isZero();
        Map<String, JsonNode> rows = byMaterial(run.out());
        assertThat(rows).containsOnlyKeys("gallium", "y", "photoresist");
        JsonNode gallium = rows.get("gallium");
        assertThat(gallium.fieldNames()).toIterable().contains("material", "stage", "consumer", "top_country",
                "top_share", "top3_share", "hhi", "suppliers", "level");
        assertThat(gallium.get("stage").asText()).isEqualTo("refining");
        assertThat(gallium.get("consumer").asText()).isEqualTo("WLD");
        assertThat(gallium.get("year").asInt()).isEqualTo(2023);
        assertThat(gallium.get("top_country").asText()).isEqualTo("CHN");
        assertThat(gallium.get("top_share").asDouble()).isEqualTo(0.98);
        assertThat(gallium.get("top3_share").asDouble()).isEqualTo(0.98);
        assertThat(gallium.get("hhi").asDouble()).isCloseTo(0.9604, within(1e-12));
        assertThat(gallium.get("suppliers").asInt()).isEqualTo(1);
        assertThat(gallium.get("level").asText()).isEqualTo("critical");

        JsonNode y = rows.get("y");
        assertThat(y.get("top_share").asDouble()).isEqualTo(0.7);
        assertThat(y.get("top3_share").asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(y.get("hhi").asDouble()).isCloseTo(0.58, within(1e-12));
        assertThat(y.get("suppliers").asInt()).isEqualTo(2);
        assertThat(y.get("level").asText()).isEqualTo("high");
    }

    @Test
    void whatJapanMakesItselfIsNoDependenceInTheShippedCatalogue() throws Exception {
        // The shipped catalogue: robots installed in Japan, 98 % made in Japan (IFR), 2 % imported.
        Path shipped = folder.resolve("shipped.db");
        CliRun run = CliRun.of("--db", shipped.toString(), "analyze", "--consumer", "JPN", "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode robots = byMaterial(run.out()).get("industrial robots");
        assertThat(robots.get("top_country").asText()).isEqualTo("JPN");
        assertThat(robots.get("domestic_share").asDouble()).isEqualTo(0.98);
        assertThat(robots.get("level").asText()).isEqualTo("normal");

        Messages.setLocale(Messages.ENGLISH);
        CliRun text = CliRun.of("--db", shipped.toString(), "analyze", "--consumer", "JPN");
        assertThat(text.out().lines().filter(line -> line.startsWith("Industrial robots")).findFirst().orElseThrow())
                .contains("normal", "made by the consumer itself: 98.0%");
    }

    @Test
    void numbersKeepFullPrecision() throws Exception {
        // The JSON carries the double as computed, not a rounded figure.
        JsonNode y = byMaterial(AnalysisDatabase.run("--db", db.toString(), "analyze", "--consumer", "WLD", "--json")
                .out()).get("y");
        assertThat(y.get("hhi").asDouble()).isEqualTo(0.7 * 0.7 + 0.3 * 0.3);
    }

    @Test
    void consumerAndYearSelectTheGroups() throws Exception {
        Map<String, JsonNode> japan = byMaterial(AnalysisDatabase.run("--db", db.toString(), "analyze",
                "--consumer", "jpn", "--json").out());
        // Japan's own x, and world production standing in for what Japan has no shares of.
        assertThat(japan).containsOnlyKeys("x", "gallium", "y", "photoresist");
        assertThat(japan.get("x").get("consumer").asText()).isEqualTo("JPN");
        assertThat(japan.get("x").get("world_fallback").asBoolean()).isFalse();
        assertThat(japan.get("gallium").get("consumer").asText()).isEqualTo("WLD");
        assertThat(japan.get("gallium").get("world_fallback").asBoolean()).isTrue();
        assertThat(japan.get("x").get("top_country").asText()).isEqualTo("CHN");
        assertThat(japan.get("x").get("hhi").asDouble()).isCloseTo(0.34, within(1e-12));
        assertThat(japan.get("x").get("level").asText()).isEqualTo("normal");

        Map<String, JsonNode> older = byMaterial(AnalysisDatabase.run("--db", db.toString(), "analyze",
                "--consumer", "WLD", "--year", "2020", "--json").out());
        assertThat(older).containsOnlyKeys("gallium");
        assertThat(older.get("gallium").get("year").asInt()).isEqualTo(2020);
        assertThat(older.get("gallium").get("top_share").asDouble()).isEqualTo(0.7);
        assertThat(older.get("gallium").get("level").asText()).isEqualTo("high");
    }

    @Test
    void japanIsTheDefaultConsumerAndTheTableSaysWhereWorldProductionStandsIn() throws Exception {
        AnalysisDatabase.Run run = AnalysisDatabase.run("--db", db.toString(), "analyze");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("消費国 JPN", "消費国自身のデータがなく、世界生産で代用");
        String xLine = run.out().lines().filter(line -> line.startsWith("x ")).findFirst().orElseThrow();
        assertThat(xLine).doesNotContain("世界生産で代用");
        Map<String, JsonNode> rows = byMaterial(AnalysisDatabase.run("--db", db.toString(), "analyze", "--json").out());
        assertThat(rows.get("x").get("consumer").asText()).isEqualTo("JPN");
    }

    @Test
    void tableInJapaneseWithJapansLeverage() {
        AnalysisDatabase.Run run = AnalysisDatabase.run("--db", db.toString(), "analyze", "--consumer", "WLD");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("供給集中度", "ガリウム", "重大", "98.0%", "日本の不可欠性", "photoresist", "90.0%");
    }

    @Test
    void tableInEnglish() {
        Messages.setLocale(Messages.ENGLISH);
        AnalysisDatabase.Run run = AnalysisDatabase.run("--db", db.toString(), "analyze", "--consumer", "WLD");

        assertThat(run.out()).contains("Supply concentration", "Gallium", "critical", "high", "Japan's leverage");
    }

    @Test
    void unknownConsumerIsAUserError() {
        AnalysisDatabase.Run run = AnalysisDatabase.run("--db", db.toString(), "analyze", "--consumer", "XXX");

        assertThat(run.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(run.err()).contains("XXX");
    }
}
