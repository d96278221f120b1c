package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.store.assessment.AssessmentRepository;
import tenken.store.assessment.Finding;
import tenken.store.assessment.Judgment;
import tenken.store.assessment.Requirement;
import tenken.store.db.TenkenDatabase;

class AssessmentCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.JAPANESE);
        db = dir.resolve("tenken.db").toString();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // One or two pages of assessment, and for a designated material a page of its follow-up.
            assertThat(document.getNumberOfPages()).isBetween(1, 3);
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aDesignatedMaterialsBriefingEndsWithAPageOfItsFollowUp() throws Exception {
        Path pdf = dir.resolve("aircraft.pdf");

        CliRun run = CliRun.of("--db", db, "assessment", "export", "--material", "titanium sponge", "--out", pdf.toString());

        assertThat(run.status()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(document.getNumberOfPages());
            String last = stripper.getText(document);
            assertThat(last).contains("フォローアップ（PDCA の Check）— 航空機の部品")
                    .contains("2024-06-04 10件 → 2025-02-28 15件 → 2025-10-29 18件")
                    .contains("■（外的要因により目標達成に一時的な課題が発生）")
                    .contains("第2回 事業者報告 121件").contains("前倒し 9件（7.4%）")
                    .contains("第1回 事業者報告 74件").contains("計画通り 83.8%")
                    .contains("世界の生産（日本の調達ではない）")
                    .contains("「サプライチェーン強靱化の取組 フォローアップ(2025年度)」2025年10月");
            assertThat(last).doesNotContain("seed 0").doesNotContain("seeds/");
        }
    }

    @Test
    void exportWritesAJapaneseBriefingWithTheFourRequirementsAndTheFigures() throws Exception {
        Path pdf = dir.resolve("gallium.pdf");

        CliRun run = CliRun.of("--db", db, "assessment", "export", "--material", "重要鉱物", "--out", pdf.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("重要鉱物").contains(pdf.toString());
        String text = text(pdf);
        assertThat(text).contains("特定重要物資の指定の要件", "重要鉱物", "国民の生存に必要不可欠", "外部に過度に依存",
                "外部から行われる行為による供給途絶等の蓋然性", "本制度による措置の必要性");
        // The figures with their sources and years: gallium is 98.4% China in USGS 2025 (2024 data).
        assertThat(text).contains("98.4%", "HHI", "USGS", "2024");
        assertThat(text).contains("結論: 指定候補", "参照評価", "満たす", "作成日");
        String hash = new AssessmentRepository(TenkenDatabase.open(Path.of(db))).latest("critical minerals")
                .orElseThrow().hash();
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(text.replaceAll("\\s+", "")).contains("記録のハッシュ（SHA-256）:" + hash);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("IPAexGothic");
        }
    }

    @Test
    void theBriefingTakesTheEnglishNameAndShowsTheLatestAnalystsVersion() throws Exception {
        TenkenDatabase database = TenkenDatabase.open(Path.of(db));
        AssessmentRepository repository = new AssessmentRepository(database);
        var reference = repository.latest("semiconductors").orElseThrow();
        repository.save("semiconductors", reference.findings().with(Requirement.MEASURE_NECESSITY,
                new Finding(Judgment.NOT_MET, "他制度で措置済みのため必要性は小さい", "")), "要件4を見直し", "経済安全保障室 山田");
        Path pdf = dir.resolve("semi.pdf");

        CliRun run = CliRun.of("--db", db, "assessment", "export", "--material", "Semiconductors", "--out", pdf.toString());

        assertThat(run.status()).as(run.err()).isZero();
        String text = text(pdf).replaceAll("\\s+", "");
        assertThat(text).contains("第2版", "経済安全保障室山田", "指定候補ではない", "他制度で措置済みのため必要性は小さい",
                "満たさない");
    }

    @Test
    void anEnglishBriefingIsInEnglishWithEnglishBulletsAndAJapaneseOneKeepsTheMiddleDot() throws Exception {
        Path english = dir.resolve("antimicrobials-en.pdf");
        Path japanese = dir.resolve("antimicrobials-ja.pdf");

        CliRun run = CliRun.of("--lang", "en", "--db", db, "assessment", "export", "--material", "抗菌性物質製剤",
                "--out", english.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(CliRun.of("--lang", "ja", "--db", db, "assessment", "export", "--material", "抗菌性物質製剤",
                "--out", japanese.toString()).status()).isZero();

        String en = text(english);
        assertThat(en).contains("Designation requirements: assessment briefing", "Material: Antimicrobial",
                "(General) The government documents cited give no material-specific reason for importance",
                "Follow-up (PDCA \"Check\")", "business reports");
        List<String> enLines = en.lines().map(String::strip).toList();
        assertThat(enLines).as("bulleted lines").anySatisfy(line -> assertThat(line).startsWith("• "));
        assertThat(enLines).noneSatisfy(line -> assertThat(line).startsWith("・"));
        assertThat(en).doesNotContainPattern("(?<![\\d,])1 business reports");

        List<String> jaLines = text(japanese).lines().map(String::strip).toList();
        assertThat(jaLines).anySatisfy(line -> assertThat(line).startsWith("・"));
        assertThat(jaLines).noneSatisfy(line -> assertThat(line).startsWith("•"));
    }

    @Test
    void aCandidateThatWasNeverAssessedStillGetsABriefing() throws Exception {
        Path pdf = dir.resolve("helium.pdf");

        CliRun run = CliRun.of("--db", db, "assessment", "export", "--material", "helium", "--out", pdf.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(text(pdf)).contains("指定外の候補", "未評価", "判断未了", "特定重要物資に指定されておらず");
    }

    @Test
    void anUnknownMaterialIsRefusedWithAClearMessageAndNoFile() {
        Path pdf = dir.resolve("none.pdf");

        CliRun run = CliRun.of("--db", db, "assessment", "export", "--material", "アンオブタニウム", "--out", pdf.toString());

        assertThat(run.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(run.err()).contains("不明な物資「アンオブタニウム」です（").contains("のことですか？）");
        assertThat(Files.exists(pdf)).isFalse();
    }

    @Test
    void listAndShowPrintTheOutcomeAndTheHistoryWithWhatChanged() {
        TenkenDatabase database = TenkenDatabase.open(Path.of(db));
        AssessmentRepository repository = new AssessmentRepository(database);
        var reference = repository.latest("fertilizers").orElseGet(() -> repository.latestOfAll().values().iterator().next());
        String key = reference.materialKey();
        repository.save(key, reference.findings().with(Requirement.DISRUPTION_PROBABILITY,
                new Finding(Judgment.UNDETERMINED, "再検討中", "")), "要件3を保留", "佐藤");

        CliRun list = CliRun.of("--db", db, "assessment", "list");
        CliRun show = CliRun.of("--db", db, "assessment", "show", "--material", key);

        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.out()).contains("第1版（参照評価").contains("第2版（佐藤").contains("判断未了").contains("未評価");
        assertThat(show.status()).as(show.err()).isZero();
        assertThat(show.out()).contains("要件3 の判断: 満たす → 未判断", "要件3 の理由を変更", "要件3を保留", "履歴:");
    }

    @Test
    void theAssessmentScreenCanBeNamedForTheWindowThoughASubcommandHasTheSameName() {
        var parsed = TenkenCli.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), new NoWindow()).parseArgs("--db", db, "--screen", "assessment");

        assertThat(parsed.hasSubcommand()).isFalse();
        assertThat(parsed.matchedOptionValue("--screen", "")).isEqualTo("assessment");
    }
}
