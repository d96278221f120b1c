package tenken.views.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tenken.assets.Messages;
import tenken.graph.concentration.Level;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Designation;
import tenken.store.model.Material;
import tenken.store.model.Stage;
import tenken.store.model.SupplyShare;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.PictureStyle;
import tenken.views.picture.StrengthsChart;
import tenken.views.picture.StrengthsPictureBuilder;

/** Japan's strengths as the screen, the picture and the briefing word them, on a hand-made catalogue. */
class StrengthsTest {

    static Catalogue catalogue() {
        List<Country> countries = new ArrayList<>();
        for (String[] c : List.of(new String[] {"JPN", "日本", "Japan"}, new String[] {"KOR", "韓国", "Korea"},
                new String[] {"CHL", "チリ", "Chile"}, new String[] {"CHN", "中国", "China"})) {
            countries.add(new Country(c[0], c[1], c[2], false));
        }
        countries.add(new Country(Country.WORLD, "世界", "World", true));
        countries.add(new Country(Country.REST_OF_WORLD, "その他", "Rest of world", true));
        List<Material> materials = List.of(
                new Material("advanced electronic components", "先端電子部品", "Advanced electronic components", null, 1),
                new Material("mlcc", "MLCC", "MLCC", "advanced electronic components", 2),
                new Material("iodine", "ヨウ素", "Iodine", null, 3));
        List<Stage> stages = List.of(new Stage("production", "生産", "Production", 1));
        List<SupplyShare> shares = List.of(
                new SupplyShare("mlcc", "production", "WLD", "JPN", 0.73, 2018, "BusinessKorea 2018",
                        "world market share by maker's home country", "press", ""),
                new SupplyShare("mlcc", "production", "WLD", "KOR", 0.21, 2018, "BusinessKorea 2018"),
                new SupplyShare("mlcc", "production", "KOR", "JPN", 0.6, 2023, "Korea customs"),
                new SupplyShare("mlcc", "production", "KOR", "CHN", 0.4, 2023, "Korea customs"),
                new SupplyShare("iodine", "production", "WLD", "CHL", 0.6, 2024, "USGS MCS 2025, iodine"),
                new SupplyShare("iodine", "production", "WLD", "JPN", 0.282, 2024, "USGS MCS 2025, iodine"));
        return new Catalogue(countries, stages, materials,
                List.of(new Designation("advanced electronic components", "経済産業省", "METI", null, null, null, null,
                        "t")), shares, List.of(), List.of(), Map.of());
    }

    @BeforeEach
    @AfterEach
    void japanese() {
        Messages.setLocale(Messages.JAPANESE);
    }

    @Test
    void theStoredHighThresholdIsTheDefaultAndALowerMinimumAddsWhatWasCounted() {
        AnalysisSnapshot analysis = AnalysisSnapshot.of(catalogue());

        Strengths byDefault = Strengths.of(analysis, analysis.thresholds().high());
        assertThat(byDefault.items()).extracting(l -> l.item().material()).containsExactly("mlcc");
        assertThat(byDefault.below()).isEqualTo(1);

        Strengths lowered = Strengths.of(analysis, 0.25);
        assertThat(lowered.items()).extracting(l -> l.item().material()).containsExactly("mlcc", "iodine");
        assertThat(lowered.below()).isZero();
    }

    @Test
    void theWordsNameTheFigureItsBasisItsSourceAndWhoDependsOnJapan() {
        AnalysisSnapshot analysis = AnalysisSnapshot.of(catalogue());
        Strengths strengths = Strengths.of(analysis, 0.25);
        StrengthsText ja = new StrengthsText(analysis.catalogue(), Messages.JAPANESE);
        var mlcc = strengths.items().get(0);
        var iodine = strengths.items().get(1);

        assertThat(ja.item(mlcc)).isEqualTo("MLCC（生産）");
        assertThat(ja.share(mlcc)).isEqualTo("日本 73%");
        assertThat(ja.standing(iodine)).isEqualTo("供給国中 2 位 ／ 集中度「通常」 ／ 2024年");
        assertThat(ja.leakage(mlcc)).contains("★ 技術流出対策の対象物資: 先端電子部品");
        assertThat(ja.leakage(iodine)).isEmpty();
        assertThat(ja.basis(mlcc)).contains("根拠: world market share by maker's home country（報道）");
        assertThat(ja.basis(iodine)).isEmpty();
        assertThat(ja.dependents(mlcc)).isEqualTo("日本を首位の供給国とする消費国: 韓国 60%（2023年）");
        assertThat(ja.dependents(iodine)).contains("該当なし");
        assertThat(ja.source(iodine)).isEqualTo("出典: USGS MCS 2025, iodine");

        StrengthsText en = new StrengthsText(analysis.catalogue(), Messages.ENGLISH);
        assertThat(en.item(mlcc)).isEqualTo("MLCC (Production)");
        assertThat(en.standing(mlcc)).isEqualTo("rank 1 among suppliers / level High / 2018");
        assertThat(en.leakage(mlcc)).contains("★ technology-leakage material: Advanced electronic components");
    }

    @Test
    void thePictureRanksTheBarsByShareWithTheThresholdsAsGuides() {
        AnalysisSnapshot analysis = AnalysisSnapshot.of(catalogue());
        StrengthsChart chart = Strengths.of(analysis, 0.25).chart(new StrengthsText(analysis.catalogue(),
                Messages.JAPANESE));

        assertThat(chart.rows()).extracting(StrengthsChart.Row::level).containsExactly(Level.HIGH, Level.NORMAL);
        assertThat(chart.rows().get(0).heading()).startsWith("1. MLCC（生産）").endsWith("★");
        assertThat(chart.rows().get(1).heading()).isEqualTo("2. ヨウ素（生産）");
        assertThat(chart.vintage()).isEqualTo("2018–2024年");

        ChartPicture picture = new StrengthsPictureBuilder(PictureStyle.PRINT).build(chart, 800);
        List<ChartPicture.Bar> bars = picture.bars();
        assertThat(bars).hasSize(2);
        assertThat(bars.get(0).width() / bars.get(1).width()).isCloseTo(0.73 / 0.282, offset(1e-9));
        assertThat(bars.get(0).y()).isLessThan(bars.get(1).y());
        assertThat(bars.get(0).fill()).isEqualTo(PictureStyle.PRINT.high());
        // Guides: the axis at 0, the high threshold (50 %) and the minimum (25 %) between it and the axis.
        double plotWidth = bars.get(0).width() / 0.73;
        double x0 = bars.get(0).x();
        assertThat(picture.lines()).extracting(ChartPicture.Line::x1)
                .contains(x0, x0 + 0.5 * plotWidth, x0 + 0.25 * plotWidth);
        List<String> texts = picture.texts().stream().map(ChartPicture.Text::text).toList();
        assertThat(String.join("\n", texts)).contains("日本の強み", "73%（供給国中 1 位", "韓国 60%",
                "world market share by maker's home country", "USGS MCS 2025");
        // Every text starts inside the picture and the legend does not cover any row.
        assertThat(picture.texts()).allSatisfy(t -> assertThat(t.x()).isBetween(0.0, picture.width()));
    }

    @Test
    void nothingToListSaysSoInThePicture() {
        AnalysisSnapshot analysis = AnalysisSnapshot.of(catalogue());
        StrengthsChart chart = Strengths.of(analysis, 0.9).chart(new StrengthsText(analysis.catalogue(),
                Messages.JAPANESE));
        ChartPicture picture = new StrengthsPictureBuilder(PictureStyle.PRINT).build(chart, 800);
        assertThat(picture.bars()).isEmpty();
        assertThat(picture.texts()).extracting(ChartPicture.Text::text).contains(Messages.get("strengths.none"));
    }
}
