package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;

/** {@code tenken trade …} on the shipped catalogue, with synthetic files in the statistics' exact layouts. */
class TradeCommandTest {

    private static final String CUSTOMS = "Exp or Imp,Year,HS,Country,Unit1,Unit2,Quantity1-Year,Quantity2-Year,"
            + "Value-Year\r\n"
            + "2,2024,'271111000',601,MT,,600,,900\r\n"
            + "2,2024,'271111000',113,MT,,400,,500\r\n";

    @TempDir
    Path folder;

    Path db;

    @BeforeEach
    void english() {
        Messages.setLocale(Messages.ENGLISH);
        db = folder.resolve("tenken.db");
    }

    @AfterEach
    void restoreLanguage() {
        Messages.setLocale(Messages.JAPANESE);
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    @Test
    void customsImportGivesJapansLngSourcingToSharesAndAnalyze() throws Exception {
        Path file = write("customs.csv", CUSTOMS, Charset.forName("windows-31j"));

        CliRun imported = run("trade", "import", file.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("format japan-customs, 2 rows read, 2 flows kept");
        JsonNode shares = new ObjectMapper().readTree(run("trade", "shares", "--consumer", "JPN", "--json").out());
        assertThat(shares).hasSize(2);
        assertThat(shares.get(0).get("supplier").asText()).isEqualTo("AUS");
        assertThat(shares.get(0).get("share").asDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(shares.get(0).get("used").asBoolean()).isTrue();
        assertThat(shares.get(0).get("flows").asInt()).isEqualTo(1);
        JsonNode analysis = new ObjectMapper().readTree(run("analyze", "--consumer", "JPN", "--json").out());
        assertThat(analysis).anySatisfy(row -> {
            assertThat(row.get("material").asText()).isEqualTo("liquefied natural gas");
            assertThat(row.get("top_country").asText()).isEqualTo("AUS");
        });
    }

    @Test
    void aRefusedFileExitsOneNamesTheLineAndChangesNothing() throws Exception {
        run("trade", "import", write("good.csv", CUSTOMS, StandardCharsets.UTF_8).toString());
        Path bad = write("bad.csv", CUSTOMS + "2,2024,'271111000',998,MT,,1,,1\r\n", StandardCharsets.UTF_8);

        CliRun refused = run("trade", "import", bad.toString());

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains(bad.toAbsolutePath() + ":4: Country: country code \"998\"");
        assertThat(refused.err()).doesNotContain("Exception");
        assertThat(run("trade", "shares", "--json").out()).contains("\"share\" : 0.6");
    }

    @Test
    void mapListsItemsWithoutCodesAndReadsBackWhatItWrote() throws Exception {
        CliRun listed = run("trade", "map");

        assertThat(listed.out()).startsWith("material,stage,code,basis,unit,note,source")
                .contains("liquefied natural gas,import,271111,quantity,kg,")
                .contains("\ncloud programs,,,,,,");
        Path out = folder.resolve("map.csv");
        assertThat(run("trade", "map", "--out", out.toString()).status()).isZero();
        CliRun reread = run("trade", "map", "--import", out.toString());
        assertThat(reread.status()).as(reread.err()).isZero();
        assertThat(run("trade", "map").out()).isEqualTo(listed.out());
    }

    @Test
    void checkListsAGroupWithBothHandEnteredAndDerivedShares() throws Exception {
        run("trade", "import", write("customs.csv", CUSTOMS, StandardCharsets.UTF_8).toString());
        run("import", write("hand.csv", "material,stage,country_iso3,share,year,source,consumer_iso3\n"
                + "liquefied natural gas,import,AUS,0.5,2024,made-up figure,JPN\n", StandardCharsets.UTF_8).toString());

        CliRun check = run("check");

        assertThat(check.out()).contains("Groups with both hand-entered and derived shares: 1")
                .contains("liquefied natural gas / import / consumer JPN / 2024");
        assertThat(run("trade", "shares", "--consumer", "JPN").out()).contains("hand-entered wins");
    }

    @Test
    void baciImportersBecomeConsumersAndTrendsListEveryYear() throws Exception {
        Path codes = write("country_codes.csv", "country_code,country_name,country_iso2,country_iso3\n"
                + "36,Australia,AU,AUS\n392,Japan,JP,JPN\n699,India,IN,IND\n156,China,CN,CHN\n", StandardCharsets.UTF_8);
        write("baci22.csv", "t,i,j,k,v,q\n2022,156,699,283691,30,1\n2022,36,699,283691,10,3\n", StandardCharsets.UTF_8);
        write("baci23.csv", "t,i,j,k,v,q\n2023,156,699,283691,10,1\n2023,36,699,283691,10,3\n", StandardCharsets.UTF_8);
        run("trade", "import", folder.resolve("baci22.csv").toString(), "--countries", codes.toString());
        run("trade", "import", folder.resolve("baci23.csv").toString(), "--countries", codes.toString());

        // India's own sourcing of lithium carbonate; its other lithium stages are world production standing in.
        List<JsonNode> india = lithium(run("analyze", "--consumer", "IND", "--json").out()).stream()
                .filter(row -> !row.get("world_fallback").asBoolean()).toList();
        assertThat(india).hasSize(1);
        assertThat(india.get(0).get("consumer").asText()).isEqualTo("IND");
        assertThat(india.get(0).get("top_country").asText()).as("lithium carbonate by weight").isEqualTo("AUS");
        List<JsonNode> trend = lithium(run("analyze", "--trend", "--consumer", "IND", "--json").out());
        assertThat(trend).hasSize(2);
        assertThat(trend.get(0).fieldNames()).toIterable().contains("material", "stage", "consumer", "year",
                "top_country", "top_share", "top3_share", "hhi", "suppliers", "level");
        assertThat(trend.get(0).get("year").asInt()).isEqualTo(2022);
        assertThat(trend.get(1).get("top_share").asDouble()).isCloseTo(0.75, within(1e-12));
        JsonNode all = new ObjectMapper().readTree(run("analyze", "--trend", "--json").out());
        java.util.Set<String> consumers = new java.util.TreeSet<>();
        all.forEach(row -> consumers.add(row.get("consumer").asText()));
        assertThat(consumers).as("every consumer's groups, the world's included").contains("WLD", "JPN", "IND", "EUU");
    }

    @Test
    void trendTextShowsSharesAsPercentagesAsAnalyzeDoes() throws Exception {
        // The shipped catalogue's vintages of Japan's LNG imports: Australia 0.219 in 2015, 0.3809 in 2024.
        List<String> lng = run("analyze", "--trend", "--consumer", "JPN").out().lines()
                .filter(line -> line.startsWith("Liquefied natural gas")).toList();
        JsonNode json = new ObjectMapper().readTree(run("analyze", "--trend", "--consumer", "JPN", "--json").out());

        assertThat(lng).hasSizeGreaterThanOrEqualTo(2);
        String first = lng.stream().filter(line -> line.contains(" 2015 ")).findFirst().orElseThrow();
        String last = lng.stream().filter(line -> line.contains(" 2024 ")).findFirst().orElseThrow();
        assertThat(first).contains(" AUS ", TextTable.percent(0.219)).doesNotContain("0.219");
        assertThat(last).contains(" AUS ", TextTable.percent(0.3809)).doesNotContain("0.3809");
        // The same cells as analyze prints for that year alone (the columns' widths aside).
        assertThat(run("analyze", "--consumer", "JPN", "--year", "2024").out().lines()
                .filter(line -> line.startsWith("Liquefied natural gas")).map(line -> line.replaceAll(" +", " ")))
                .containsExactly(last.replaceAll(" +", " "));
        // JSON keeps the shares as fractions at full precision (the contract).
        JsonNode lng2024 = null;
        for (JsonNode row : json) {
            if (row.get("material").asText().equals("liquefied natural gas") && row.get("year").asInt() == 2024) {
                lng2024 = row;
            }
        }
        assertThat(lng2024).isNotNull();
        assertThat(lng2024.get("top_share").asDouble()).isCloseTo(0.3809, within(1e-12));
    }

    private static List<JsonNode> lithium(String json) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        new ObjectMapper().readTree(json).forEach(row -> {
            if (row.get("material").asText().equals("lithium")) {
                rows.add(row);
            }
        });
        return rows;
    }

    @Test
    void scenarioGivesALossRangeWhereAnAggregateHoldsTheCutCountry() throws Exception {
        // The shipped catalogue's EU API figure names China and India together (XCI).
        JsonNode rows = new ObjectMapper().readTree(run("scenario", "--cut", "CHN", "--consumer", "EUU", "--json").out());

        JsonNode api = null;
        for (JsonNode row : rows) {
            if (row.get("material").asText().equals("pharmaceuticals") && row.get("stage").asText().equals("api")) {
                api = row;
            }
        }
        assertThat(api).isNotNull();
        assertThat(api.get("loss").asDouble()).isCloseTo(0, within(1e-12));
        assertThat(api.get("loss_upper").asDouble()).isCloseTo(0.7, within(1e-12));
        assertThat(run("scenario", "--cut", "CHN", "--consumer", "EUU").out())
                .contains("0.0% to 70.0%").contains("China and India (combined) (XCI)");
    }
}
