package tenken.store.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.store.csv.FollowUpTable;
import tenken.store.csv.ImportException;
import tenken.store.db.TenkenDatabase;
import tenken.store.io.FollowUpImporter;
import tenken.store.repo.FollowUpRepository;

/** Follow-up files: next year's round is data entry, and a bad file changes nothing. */
class FollowUpImportTest {

    @TempDir
    static Path seededDir;

    private static Path seeded;

    @TempDir
    Path dir;

    private TenkenDatabase database;

    @BeforeAll
    static void seedOnce() {
        seeded = seededDir.resolve("seeded.db");
        TenkenDatabase.open(seeded);
    }

    @BeforeEach
    void copy() throws Exception {
        Messages.setLocale(Messages.ENGLISH);
        Path file = dir.resolve("test.db");
        Files.copy(seeded, file);
        database = TenkenDatabase.open(file);
    }

    private FollowUpImporter.Summary importText(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new FollowUpImporter(database).importFile(file, null);
    }

    private FollowUp stored() {
        return new FollowUpRepository(database).load();
    }

    @Test
    void aNewRoundIsAddedBesideTheOthersByNameInEitherLanguage() throws Exception {
        FollowUpImporter.Summary summary = importText("plans2026.csv", """
                material,as_of,count,source
                蓄電池,2026-10-30,38,"内閣府「フォローアップ(2026年度)」2026年10月, p.2"
                Semiconductors,2026-10-30,27,"内閣府「フォローアップ(2026年度)」2026年10月, p.2"
                """);
        assertThat(summary.table()).isEqualTo(FollowUpTable.PLANS);
        assertThat(summary.rows()).isEqualTo(2);
        assertThat(stored().plansOf("storage batteries")).extracting(PlanCount::count).containsExactly(15, 32, 35, 38);
        assertThat(stored().plansOf("semiconductors")).last().satisfies(p -> assertThat(p.source()).contains("2026"));
    }

    @Test
    void importingTheSameRoundTwiceLeavesOneRound() throws Exception {
        String round = """
                round,as_of,reports,ahead,on_plan,minor_delay,delay,discontinued,source,note_en
                3,2026-09-30,130,10,70,30,15,5,"内閣府「フォローアップ(2026年度)」2026年10月, p.7",A test round
                """;
        importText("round.csv", round);
        importText("round.csv", round);
        assertThat(stored().reportStatus()).extracting(ReportStatus::round).containsExactly(1, 2, 3);
        assertThat(stored().latestRound().orElseThrow().count(ReportCategory.ON_PLAN)).isEqualTo(70);
        assertThat(stored().previousRound().orElseThrow().reports()).isEqualTo(121);
    }

    @Test
    void aCauseReplacedKeepsOnlyTheMaterialsItNowNames() throws Exception {
        importText("causes.csv", """
                round,cause,materials,title_ja,source
                2,1,肥料;permanent magnets,他国の輸出管理の影響,"内閣府, p.8"
                """);
        assertThat(stored().causes().get(0).materials()).containsExactly("fertilizers", "permanent magnets");
        assertThat(stored().causes()).hasSize(5);
    }

    @Test
    void aRefusedFileNamesFileLineAndFieldOfEveryProblemAndStoresNothing() throws Exception {
        FollowUp before = stored();
        assertThatThrownBy(() -> importText("bad.csv", """
                material,as_of,count,source
                storage batteries,2026-10-30,38,"内閣府, p.2"
                gallum nitride,2026-10-30,3,"内閣府, p.2"
                semiconductors,30.10.2026,-1,
                storage batteries,2026-10-30,39,"内閣府, p.2"
                """))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problems()).extracting(Object::toString)
                        .anySatisfy(p -> assertThat(p).startsWith(dir.resolve("bad.csv") + ":3: material: unknown material \"gallum nitride\""))
                        .anySatisfy(p -> assertThat(p).contains("bad.csv:4: as_of: the date \"30.10.2026\""))
                        .anySatisfy(p -> assertThat(p).contains("bad.csv:4: count: \"-1\" is negative"))
                        .anySatisfy(p -> assertThat(p).contains("bad.csv:4: source: "))
                        .anySatisfy(p -> assertThat(p).contains("bad.csv:5: as_of: a row with the same key")));
        assertThat(stored()).isEqualTo(before);
        assertThat(stored().plansOf("storage batteries")).extracting(PlanCount::asOf)
                .doesNotContain(LocalDate.parse("2026-10-30"));
    }

    @Test
    void countsThatDoNotAddUpToTheReportsAreRefused() {
        assertThatThrownBy(() -> importText("round.csv", """
                round,reports,ahead,on_plan,minor_delay,delay,discontinued,source
                3,130,10,70,30,15,6,"内閣府, p.7"
                """)).hasMessageContaining("round.csv:2: reports: the number of reports 130 is not the sum of the categories, 131");
        assertThat(stored().reportStatus()).hasSize(2);
    }

    @Test
    void anUnknownMarkOrMeasureIsRefusedWithTheAllowedValues() {
        assertThatThrownBy(() -> importText("eval.csv", """
                material,as_of,mark,text_ja,source
                肥料,2026-09-30,×,テキスト,"内閣府, p.9"
                """)).hasMessageContaining("eval.csv:2: mark: \"×\" is not allowed (allowed: ◎, ○, ■, △, —)");
        assertThatThrownBy(() -> importText("funds.csv", """
                measure,amount_oku_yen,budget,source
                paid,10,supplementary,"内閣府"
                """)).hasMessageContaining("funds.csv:2: measure: \"paid\" is not allowed")
                .hasMessageContaining("funds.csv:2: fiscal_year: the budget \"supplementary\" needs a fiscal year");
    }

    @Test
    void aHeaderOfNoFollowUpTableIsRefusedNamingTheTables() {
        assertThatThrownBy(() -> importText("shares.csv", """
                material,stage,country_iso3,share,year,source
                gallium,refining,CHN,0.98,2024,USGS
                """)).hasMessageContaining("shares.csv:1: header: cannot tell which follow-up table")
                .hasMessageContaining("count, total, reports, mark, cause, target_ja, measure");
    }

    @Test
    void aShiftJisFileFromExcelIsRead() throws Exception {
        Path file = dir.resolve("sjis.csv");
        Files.write(file, """
                material,target_ja,year,source
                蓄電池,国内製造能力150GWh,2030,"内閣府, p.10"
                """.getBytes(java.nio.charset.Charset.forName("windows-31j")));
        new FollowUpImporter(database).importFile(file, null);
        assertThat(stored().targetsOf("storage batteries")).extracting(Target::targetJa).containsExactly("国内製造能力150GWh");
    }
}
