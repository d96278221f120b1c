package tenken.graph.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tenken.assets.Messages;
import tenken.graph.concentration.Level;
import tenken.store.assessment.Requirement;
import tenken.store.followup.Cause;
import tenken.store.followup.Evaluation;
import tenken.store.followup.EvaluationMark;
import tenken.store.followup.FollowUp;
import tenken.store.followup.Note;
import tenken.store.followup.PlanCount;
import tenken.store.followup.Target;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Designation;
import tenken.store.model.InputRelation;
import tenken.store.model.Material;
import tenken.store.model.Stage;
import tenken.store.model.SupplyEvent;
import tenken.store.model.SupplyShare;

/**
 * A small chain computed by hand: permanent magnets (designated) with the item neodymium; magnets take
 * dysprosium; motors take magnets.
 */
class EvidenceCalculatorTest {

    private static final String USGS = "USGS MCS 2025";
    private static final String MOF = "財務省貿易統計";

    static Catalogue catalogue() {
        return new Catalogue(
                List.of(new Country("WLD", "世界", "World", true), new Country("ROW", "その他", "Rest of world", true),
                        new Country("CHN", "中国", "China", false), new Country("AUS", "オーストラリア", "Australia", false),
                        new Country("JPN", "日本", "Japan", false)),
                List.of(new Stage("refining", "製錬", "refining", 1), new Stage("product", "製品", "product", 2)),
                List.of(new Material("magnets", "永久磁石", "Permanent magnets", null, 1),
                        new Material("neodymium", "ネオジム", "Neodymium", "magnets", 2),
                        new Material("dysprosium", "ジスプロシウム", "Dysprosium", null, 3),
                        new Material("motors", "モーター", "Motors", null, 4),
                        new Material("helium", "ヘリウム", "Helium", null, 5),
                        new Material("lithium", "リチウム", "Lithium", null, 6),
                        new Material("cable", "ケーブル", "Cable", null, 7),
                        new Material("copper", "銅", "Copper", null, 8)),
                List.of(new Designation("magnets", "経済産業省", "METI", LocalDate.of(2022, 12, 23), 1000.0, 6,
                        LocalDate.of(2024, 6, 4), "資料004")),
                List.of(new SupplyShare("neodymium", "refining", "WLD", "CHN", 0.90, 2020, USGS),
                        new SupplyShare("neodymium", "refining", "WLD", "ROW", 0.10, 2020, USGS),
                        new SupplyShare("neodymium", "refining", "WLD", "CHN", 0.85, 2024, USGS),
                        new SupplyShare("neodymium", "refining", "WLD", "AUS", 0.10, 2024, USGS),
                        new SupplyShare("neodymium", "refining", "WLD", "ROW", 0.05, 2024, USGS),
                        new SupplyShare("neodymium", "refining", "JPN", "CHN", 0.60, 2024, MOF),
                        new SupplyShare("neodymium", "refining", "JPN", "AUS", 0.40, 2024, MOF),
                        new SupplyShare("dysprosium", "refining", "WLD", "CHN", 0.99, 2023, USGS),
                        new SupplyShare("dysprosium", "refining", "WLD", "ROW", 0.01, 2023, USGS),
                        new SupplyShare("lithium", "refining", "WLD", "AUS", 0.60, 2024, USGS),
                        new SupplyShare("cable", "product", "WLD", "AUS", 1.0, 2024, USGS)),
                List.of(new InputRelation("magnets", "product", "dysprosium", "refining"),
                        new InputRelation("cable", "product", "copper", "refining"),
                        new InputRelation("motors", "product", "magnets", "product")),
                List.of(new SupplyEvent(LocalDate.of(2023, 4, 1), "CHN", SupplyEvent.EXPORT_CONTROL,
                                List.of("dysprosium"), "レアアース技術の輸出禁止", "Rare earth technology export ban", "MOFCOM"),
                        new SupplyEvent(LocalDate.of(2024, 1, 5), "CHN", "disruption", List.of("motors"),
                                "モーター工場の停止", "Motor plant stop", "news")),
                Map.of("level.critical", "0.8", "level.high", "0.5"));
    }

    /** The follow-up of the magnets: two plan counts, an evaluation, a target and a cause. */
    static final FollowUp FOLLOW_UP = new FollowUp(
            List.of(new PlanCount("magnets", LocalDate.of(2024, 6, 4), 3, "資料004", Note.NONE),
                    new PlanCount("magnets", LocalDate.of(2025, 10, 29), 5, "資料001", Note.NONE)),
            List.of(), List.of(),
            List.of(new Evaluation("magnets", LocalDate.of(2025, 9, 30), EvaluationMark.EXPECTED, "目途が立っている。",
                    "The target is in sight.", "資料001 進捗評価", new Note("記号は本文から判断した。", "Judged from the text."))),
            List.of(new Cause(2, 2, List.of("magnets"), "資材費高騰", "Rising material costs", "", "", "資料001 原因")),
            List.of(new Target("magnets", "生産能力 500トン/年", "Capacity 500 t a year", 2030, "資料000", Note.NONE)),
            List.of());

    private final EvidenceCalculator calculator = new EvidenceCalculator(catalogue(), FOLLOW_UP);
    private final EvidenceText japanese = new EvidenceText(catalogue(), Messages.JAPANESE);

    @Test
    void requirementOneNamesTheMaterialsThatTakeItAsAnInput() {
        List<Evidence> evidence = calculator.compute("magnets").of(Requirement.ESSENTIAL);

        assertThat(evidence).containsExactly(new DependentsFigure("magnets", List.of("motors")));
        assertThat(evidence.get(0).describe(japanese)).isEqualTo("永久磁石を投入物とする物資: 1 件（モーター）");
    }

    @Test
    void requirementTwoGivesTopShareHhiLevelAndTrendOfTheMaterialAndItsItems() {
        List<Evidence> evidence = calculator.compute("magnets").of(Requirement.EXTERNAL_DEPENDENCE);

        // Japan's own sourcing first, then world production, each said in words.
        ConcentrationFigure japan = (ConcentrationFigure) evidence.get(1);
        assertThat(japan.concentration().consumer()).isEqualTo("JPN");
        assertThat(japan.source(japanese)).isEqualTo(MOF);
        assertThat(japan.describe(japanese)).isEqualTo("ネオジム（製錬）・日本の調達: 最大供給国 中国 60.0%、HHI 5,200、集中度 高");
        ConcentrationFigure latest = (ConcentrationFigure) evidence.get(2);
        assertThat(latest.concentration().item().material()).isEqualTo("neodymium");
        assertThat(latest.concentration().consumer()).isEqualTo("WLD");
        assertThat(latest.year()).isEqualTo("2024");
        assertThat(latest.concentration().topCountry()).isEqualTo("CHN");
        assertThat(latest.concentration().topShare()).isEqualTo(0.85);
        // 0.85² + 0.10² = 0.7325: the rest of the world is many small suppliers and adds nothing.
        assertThat(latest.concentration().hhi()).isCloseTo(0.7325, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(latest.concentration().level()).isEqualTo(Level.CRITICAL);
        assertThat(latest.source(japanese)).isEqualTo(USGS);
        assertThat(latest.describe(japanese)).isEqualTo("ネオジム（製錬）・世界生産: 最大供給国 中国 85.0%、HHI 7,325、集中度 重大");

        TrendFigure trend = (TrendFigure) evidence.get(3);
        assertThat(trend.year()).isEqualTo("2020–2024");
        assertThat(trend.describe(japanese)).isEqualTo("ネオジム（製錬）・世界生産の最大シェアの推移: 2020年 中国 90.0% → 2024年 中国 85.0%");
    }

    @Test
    void japansLookThroughExposureFollowsTheInputsAndPrefersJapansOwnSourcing() {
        List<Evidence> evidence = calculator.compute("magnets").of(Requirement.EXTERNAL_DEPENDENCE);

        // Japan's own neodymium sourcing (CHN 60%) replaces world supply there; dysprosium, upstream of
        // magnets, has world shares only: 99% China, so a Chinese stop costs Japan 99% of it.
        ExposureFigure exposure = (ExposureFigure) evidence.get(0);
        assertThat(exposure.country()).isEqualTo("CHN");
        assertThat(exposure.loss()).isCloseTo(0.99, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(exposure.item().material()).isEqualTo("dysprosium");
        assertThat(exposure.year()).isEqualTo("2023");
        assertThat(exposure.describe(japanese)).isEqualTo(
                "日本のルックスルー依存: 中国 99.0%（ジスプロシウム・製錬）（日本自身の調達データがないため、世界生産で代用）");
    }

    @Test
    void requirementThreeListsExportControlsInTheChainAndTheWorstSupplierStops() {
        List<Evidence> evidence = calculator.compute("magnets").of(Requirement.DISRUPTION_PROBABILITY);

        assertThat(evidence).hasSize(3);
        EventFigure control = (EventFigure) evidence.get(0);
        assertThat(control.exportControl()).isTrue();
        assertThat(control.describe(japanese)).isEqualTo("2023-04-01 中国の輸出管理: レアアース技術の輸出禁止");
        assertThat(control.year()).isEqualTo("2023");
        ExposureFigure worst = (ExposureFigure) evidence.get(1);
        ExposureFigure next = (ExposureFigure) evidence.get(2);
        assertThat(worst.country()).isEqualTo("CHN");
        assertThat(worst.loss()).isCloseTo(0.99, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(next.country()).isEqualTo("AUS");
        // Australia supplies 40% of Japan's own neodymium sourcing and nothing upstream.
        assertThat(next.loss()).isCloseTo(0.40, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(next.source(japanese)).isEqualTo(MOF);
        assertThat(worst.describe(japanese)).isEqualTo(
                "中国からの供給停止で日本が失う供給: 最大 99.0%（ジスプロシウム・製錬）（日本自身の調達データがないため、世界生産で代用）");
    }

    @Test
    void requirementFourGivesBudgetAndCertifiedPlansWithTheirDate() {
        Evidence measures = calculator.compute("neodymium").of(Requirement.MEASURE_NECESSITY).get(0);

        assertThat(measures.describe(japanese))
                .isEqualTo("所管 経済産業省、指定 2022-12-23、基金 1,000 億円、認定供給確保計画 6 件");
        // English gives the 億円 of the documents in billions of yen, and the ministry's name once.
        assertThat(measures.describe(new EvidenceText(catalogue(), Messages.ENGLISH)))
                .startsWith("Responsible ministry: ").contains("; designated 2022-12-23; fund 100 billion yen;")
                .endsWith("certified supply-assurance plans: 6");
        assertThat(measures.year()).isEqualTo("2024-06-04");
        assertThat(measures.source(japanese)).isEqualTo("資料004");
    }

    @Test
    void requirementFourShowsTheFollowUpOfTheDesignatedMaterialForAnItemToo() {
        List<Evidence> measures = calculator.compute("neodymium").of(Requirement.MEASURE_NECESSITY);

        assertThat(measures).hasSize(5);
        assertThat(measures.get(1).describe(japanese)).isEqualTo(
                "フォローアップの進捗評価 ○（今後予定している対応で目標達成の見込み）: 目途が立っている。（注: 記号は本文から判断した。）");
        assertThat(measures.get(1).year()).isEqualTo("2025-09-30");
        assertThat(measures.get(2).describe(japanese)).isEqualTo("永久磁石の認定供給確保計画数の推移: 2024-06-04 3件 → 2025-10-29 5件");
        assertThat(measures.get(2).source(japanese)).isEqualTo("資料004 / 資料001");
        assertThat(measures.get(3).describe(new EvidenceText(catalogue(), Messages.ENGLISH)))
                .isEqualTo("Target: Capacity 500 t a year");
        assertThat(measures.get(4).describe(japanese)).isEqualTo("永久磁石は第2回フォローアップで計画変更・遅延等の原因「資材費高騰」に挙げられている");
    }

    @Test
    void aMaterialWithoutFollowUpShowsItsDesignationOnly() {
        assertThat(new EvidenceCalculator(catalogue(), FollowUp.EMPTY).compute("magnets")
                .of(Requirement.MEASURE_NECESSITY)).hasSize(1);
    }

    @Test
    void aCandidateWithoutDataSaysSoInsteadOfShowingNothing() {
        MaterialEvidence evidence = calculator.compute("helium");

        assertThat(evidence.of(Requirement.EXTERNAL_DEPENDENCE)).containsExactly(
                new MissingDataFigure(Requirement.EXTERNAL_DEPENDENCE, "helium"));
        assertThat(evidence.of(Requirement.DISRUPTION_PROBABILITY)).containsExactly(
                new MissingDataFigure(Requirement.DISRUPTION_PROBABILITY, "helium"));
        assertThat(evidence.of(Requirement.MEASURE_NECESSITY).get(0).describe(japanese))
                .startsWith("ヘリウムは特定重要物資に指定されておらず");
    }

    @Test
    void aLossOnThinDataSaysHowMuchOfTheSupplyTheDataList() {
        // Only Australia's 60% of lithium is listed. The engine counts the unknown 40% as lost whatever is
        // cut; what Australia's stop costs is the 60% it supplies.
        ExposureFigure exposure = (ExposureFigure) calculator.compute("lithium").of(Requirement.EXTERNAL_DEPENDENCE).get(0);

        assertThat(exposure.loss()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(exposure.coverage()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(exposure.describe(japanese)).isEqualTo("日本のルックスルー依存: オーストラリア 60.0%（リチウム・製錬）"
                + "（データに載るシェアは計 60.0%: 残りは供給元が不明のため含めない）（日本自身の調達データがないため、世界生産で代用）");
    }

    @Test
    void aScenarioThatMetAnInputWithoutDataSaysSo() {
        // Cable needs copper, for which there are no shares: the look-through assumes it unaffected.
        ExposureFigure scenario = (ExposureFigure) calculator.compute("cable").of(Requirement.DISRUPTION_PROBABILITY).get(0);

        assertThat(scenario.country()).isEqualTo("AUS");
        assertThat(scenario.insufficientData()).isTrue();
        assertThat(scenario.describe(japanese)).endsWith("（上流にデータのない投入物あり: 影響なしと仮定）");
    }

    @Test
    void evidenceReadsInEnglishToo() {
        Evidence latest = calculator.compute("magnets").of(Requirement.EXTERNAL_DEPENDENCE).get(2);

        assertThat(latest.describe(new EvidenceText(catalogue(), Messages.ENGLISH)))
                .isEqualTo("Neodymium (refining), world production: top supplier China 85.0%, HHI 7,325, concentration critical");
    }

    @Test
    void aFiguresSourceCarriesItsBasisQualityAndNoteInTheReadersLanguage() {
        SupplyShare share = new SupplyShare("x", "s", "JPN", "USA", 0.65, 2020, "JFTC (2022)", "market share",
                "official via press", "公表範囲の中央値。 / Midpoint of the published range.");

        assertThat(japanese.citation(share)).isEqualTo("JFTC (2022)（基準: market share／品質: 公式発表（報道経由）／公表範囲の中央値。）");
        assertThat(new EvidenceText(catalogue(), Messages.ENGLISH).citation(share)).isEqualTo(
                "JFTC (2022) (basis: market share; quality: official, via the press; Midpoint of the published range.)");
        assertThat(japanese.citation(new SupplyShare("x", "s", "WLD", "CHN", 1, 2024, USGS))).isEqualTo(USGS);
    }
}
