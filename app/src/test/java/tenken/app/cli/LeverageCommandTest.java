package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.store.db.TenkenDatabase;
import tenken.store.io.CatalogueImporter;
import tenken.store.model.Country;
import tenken.store.model.Designation;
import tenken.store.model.Material;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueWriter;

/** {@code tenken leverage} on a hand-made catalogue (the figures, with importers of our own making). */
class LeverageCommandTest {

    /**
     * MLCC is an item of a technology-leakage material, crankshafts of one that is not, iodine of none.
     * Korea and the USA source MLCC mostly from Japan, India from China; Japan's own sourcing never counts.
     */
    static final String SHARES = """
            material,stage,country_iso3,share,year,source,consumer_iso3,basis,quality
            mlcc,production,JPN,0.73,2018,BusinessKorea 2018,WLD,world market share by maker's home country,press
            mlcc,production,KOR,0.21,2018,BusinessKorea 2018,WLD,,press
            mlcc,production,ROW,0.06,2018,remainder,WLD,,derived
            mlcc,production,JPN,0.6,2023,test customs,KOR,,
            mlcc,production,CHN,0.4,2023,test customs,KOR,,
            mlcc,production,JPN,0.35,2023,test customs,USA,,
            mlcc,production,CHN,0.35,2023,test customs,USA,,
            mlcc,production,ROW,0.3,2023,test customs,USA,,
            mlcc,production,CHN,0.7,2023,test customs,IND,,
            mlcc,production,JPN,0.3,2023,test customs,IND,,
            mlcc,production,JPN,0.9,2023,test customs,JPN,,
            crankshafts,production,JPN,0.40,2017,Kobe Steel statement,WLD,world share of one Japanese maker,company claim
            iodine,production,CHL,0.6,2024,USGS MCS 2025,WLD,,
            iodine,production,JPN,0.282,2024,USGS MCS 2025,WLD,,
            iodine,production,ROW,0.118,2024,USGS MCS 2025,WLD,,
            gallium,refining,CHN,0.98,2024,USGS MCS 2025,WLD,,
            gallium,refining,JPN,0.004,2024,USGS MCS 2025,WLD,,
            """;

    @TempDir
    Path folder;
    private String db;

    @BeforeEach
    void createDatabase() {
        Messages.setLocale(Messages.JAPANESE);
        Path file = folder.resolve("tenken.db");
        TenkenDatabase database = TenkenDatabase.open(file, false);
        CatalogueWriter writer = new CatalogueWriter(database);
        List<Country> countries = new ArrayList<>();
        for (String[] c : List.of(new String[] {"JPN", "日本", "Japan"}, new String[] {"CHN", "中国", "China"},
                new String[] {"KOR", "韓国", "Korea"}, new String[] {"USA", "米国", "United States"},
                new String[] {"IND", "インド", "India"}, new String[] {"CHL", "チリ", "Chile"})) {
            countries.add(new Country(c[0], c[1], c[2], false));
        }
        countries.add(new Country("WLD", "世界", "World", true));
        countries.add(new Country("ROW", "その他", "Rest of world", true));
        writer.putCountries(countries);
        writer.putMaterials(List.of(
                new Material("advanced electronic components", "先端電子部品", "Advanced electronic components", null, 1),
                new Material("ship parts", "船舶の部品", "Ship parts", null, 2),
                new Material("mlcc", "MLCC", "MLCC", "advanced electronic components", 3),
                new Material("crankshafts", "クランクシャフト", "Crankshafts", "ship parts", 4),
                new Material("iodine", "ヨウ素", "Iodine", null, 5),
                new Material("gallium", "ガリウム", "Gallium", null, 6)));
        writer.putDesignations(List.of(
                new Designation("advanced electronic components", "経済産業省", "METI", null, null, null, null, "t"),
                new Designation("ship parts", "国土交通省", "MLIT", null, null, null, null, "t")));
        new CatalogueImporter(database).importShares("shares.csv", SHARES.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, ProgressMonitor.NONE);
        db = file.toString();
    }

    @AfterEach
    void restoreLanguage() {
        Messages.setLocale(Messages.JAPANESE);
    }

    private JsonNode json(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("--db", db, "leverage", "--json"));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> materials(JsonNode rows) {
        List<String> materials = new ArrayList<>();
        rows.forEach(row -> materials.add(row.get("material").asText()));
        return materials;
    }

    @Test
    void byDefaultTheStoredHighThresholdIsTheMinimum() throws Exception {
        JsonNode rows = json();
        assertThat(materials(rows)).containsExactly("mlcc");
        JsonNode mlcc = rows.get(0);
        assertThat(mlcc.fieldNames()).toIterable().contains("material", "stage", "japan_share", "rank", "level",
                "year", "source", "leakage_material", "dependents");
        assertThat(mlcc.get("stage").asText()).isEqualTo("production");
        assertThat(mlcc.get("japan_share").asDouble()).isEqualTo(0.73);
        assertThat(mlcc.get("rank").asInt()).isEqualTo(1);
        assertThat(mlcc.get("level").asText()).isEqualTo("high");
        assertThat(mlcc.get("year").asInt()).isEqualTo(2018);
        assertThat(mlcc.get("source").asText()).isEqualTo("BusinessKorea 2018");
        assertThat(mlcc.get("basis").asText()).isEqualTo("world market share by maker's home country");
        assertThat(mlcc.get("quality").asText()).isEqualTo("press");
        assertThat(mlcc.get("leakage_material").asBoolean()).isTrue();
    }

    @Test
    void dependentsAreTheConsumersWhoseTopSupplierIsJapan() throws Exception {
        JsonNode dependents = json().get(0).get("dependents");
        // Korea 60 % and the USA tied at 35 % with China; not India (China first), not Japan itself.
        assertThat(dependents).hasSize(2);
        assertThat(dependents.get(0).get("consumer").asText()).isEqualTo("KOR");
        assertThat(dependents.get(0).get("share").asDouble()).isEqualTo(0.6);
        assertThat(dependents.get(1).get("consumer").asText()).isEqualTo("USA");
        assertThat(dependents.get(1).get("share").asDouble()).isEqualTo(0.35);
    }

    @Test
    void aLowerMinimumBringsInIodineSecondAfterChileRankedByShare() throws Exception {
        JsonNode rows = json("--min-share", "0.25");
        assertThat(materials(rows)).containsExactly("mlcc", "crankshafts", "iodine");
        JsonNode iodine = rows.get(2);
        assertThat(iodine.get("japan_share").asDouble()).isEqualTo(0.282);
        assertThat(iodine.get("rank").asInt()).isEqualTo(2);
        assertThat(iodine.get("level").asText()).isEqualTo("normal");
        assertThat(iodine.get("leakage_material").asBoolean()).isFalse();
        assertThat(iodine.get("dependents")).isEmpty();
        assertThat(rows.get(1).get("leakage_material").asBoolean()).isFalse();
        // Gallium (0.4 %) is in only when the minimum goes that low.
        assertThat(materials(json("--min-share", "0"))).containsExactly("mlcc", "crankshafts", "iodine", "gallium");
    }

    @Test
    void theStoredThresholdIsReadFromTheDatabase() throws Exception {
        new CatalogueWriter(TenkenDatabase.open(Path.of(db), false)).putSetting("level.high", "0.3");
        assertThat(materials(json())).containsExactly("mlcc", "crankshafts");
    }

    @Test
    void textNamesTheFigureItsBasisSourceAndDependentsInEitherLanguage() {
        CliRun ja = CliRun.of("--db", db, "leverage", "--min-share", "0.25");
        assertThat(ja.status()).isZero();
        assertThat(ja.out()).contains("日本の強み", "1. MLCC／生産: 日本 73.0%（供給国中 1 位、集中度「高」、2018 年）",
                "★ 技術流出対策の対象物資: 先端電子部品", "根拠: world market share by maker's home country",
                "出典: BusinessKorea 2018", "日本を首位の供給国とする消費国: 韓国 60.0%（2023 年）、米国 35.0%（2023 年）",
                "3. ヨウ素／生産: 日本 28.2%（供給国中 2 位、集中度「通常」、2024 年）",
                "ほかに 1 品目で日本のシェアが 25.0% 未満です");
        assertThat(ja.out().indexOf("MLCC")).isLessThan(ja.out().indexOf("クランクシャフト"));

        Messages.setLocale(Messages.ENGLISH);
        CliRun en = CliRun.of("--db", db, "leverage");
        assertThat(en.out()).contains("Japan's strengths", "1. MLCC / Production", "Japan 73.0% (rank 1 among suppliers",
                "technology-leakage material: Advanced electronic components", "Korea 60.0% (2023)",
                "3 more items where Japan's share is under 50.0%");
    }

    @Test
    void aMinimumOutsideZeroToOneIsRefusedWithoutATrace() {
        CliRun run = CliRun.of("--db", db, "leverage", "--min-share", "1.5");
        assertThat(run.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(run.err()).contains("--min-share", "1.5").doesNotContain("Exception", "\tat ");
    }
}
