package tenken.store.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.store.db.TenkenDatabase;
import tenken.store.repo.FollowUpRepository;

/** The seeded follow-up against the figures of the seed documents. */
class FollowUpSeedTest {

    @TempDir
    static Path dir;

    private static FollowUp followUp;

    @BeforeAll
    static void seed() {
        followUp = new FollowUpRepository(TenkenDatabase.open(dir.resolve("seeded.db"))).load();
    }

    private static int sumOfPlans(String date) {
        LocalDate asOf = LocalDate.parse(date);
        return followUp.plans().stream().filter(p -> p.asOf().equals(asOf)).mapToInt(PlanCount::count).sum();
    }

    @Test
    void perMaterialPlanCountsAddUpToTheDocumentsTotals() {
        assertThat(sumOfPlans("2024-06-04")).isEqualTo(85);
        assertThat(sumOfPlans("2025-02-28")).isEqualTo(124);
        assertThat(sumOfPlans("2025-10-29")).isEqualTo(135);
        assertThat(followUp.planDates()).containsExactly(LocalDate.parse("2024-06-04"), LocalDate.parse("2025-02-28"),
                LocalDate.parse("2025-10-29"));
    }

    @Test
    void bothStatedTotalsOfFebruary2025AreKeptWithANoteForTheReader() {
        List<PlanTotal> totals = followUp.totalsAsOf(LocalDate.parse("2025-02-28"));
        assertThat(totals).extracting(PlanTotal::total).containsExactly(124, 123);
        assertThat(totals).allSatisfy(t -> {
            assertThat(t.note().ja()).contains("123").contains("124");
            assertThat(t.note().en()).contains("123").contains("124");
        });
        assertThat(followUp.totalsAsOf(LocalDate.parse("2024-06-04"))).extracting(PlanTotal::total).containsExactly(85);
        assertThat(followUp.totalsAsOf(LocalDate.parse("2025-10-29"))).extracting(PlanTotal::total).containsExactly(135);
    }

    @Test
    void planCountsOfSingleMaterialsMatchTheTables() {
        Map<LocalDate, Integer> batteries = followUp.plansOf("storage batteries").stream()
                .collect(Collectors.toMap(PlanCount::asOf, PlanCount::count));
        assertThat(batteries).containsEntry(LocalDate.parse("2024-06-04"), 15)
                .containsEntry(LocalDate.parse("2025-02-28"), 32).containsEntry(LocalDate.parse("2025-10-29"), 35);
        // The 2024 table gives no count for advanced electronic components (designated 2024-02-02).
        assertThat(followUp.plansOf("advanced electronic components")).extracting(PlanCount::asOf)
                .doesNotContain(LocalDate.parse("2024-06-04"));
    }

    @Test
    void thisRoundsReportsAreNineSixtyFourTwentyFiveEighteenFiveOf121() {
        ReportStatus round = followUp.latestRound().orElseThrow();
        assertThat(round.round()).isEqualTo(2);
        assertThat(round.reports()).isEqualTo(121);
        assertThat(List.of(ReportCategory.values())).extracting(round::count).containsExactly(9, 64, 25, 18, 5);
        assertThat(round.fraction(ReportCategory.ON_PLAN).orElseThrow()).isCloseTo(0.529, org.assertj.core.data.Offset.offset(0.0005));
    }

    @Test
    void thePreviousRoundHasPercentagesOnlyAndSaysItsCategoriesDiffer() {
        ReportStatus previous = followUp.previousRound().orElseThrow();
        assertThat(previous.reports()).isEqualTo(74);
        assertThat(previous.counts()).isEmpty();
        assertThat(List.of(ReportCategory.values())).extracting(previous::percent)
                .containsExactly(4.0, 83.8, 9.4, 1.3, 1.3);
        assertThat(previous.note().ja()).contains("区分の定義");
        assertThat(previous.note().en()).contains("defined differently");
    }

    @Test
    void everyDesignatedMaterialHasAnEvaluationAndAircraftPartsIsATemporaryIssue() {
        assertThat(followUp.evaluations()).hasSize(12);
        Evaluation aircraft = followUp.latestEvaluation("aircraft parts").orElseThrow();
        assertThat(aircraft.mark()).isEqualTo(EvaluationMark.TEMPORARY_ISSUE);
        assertThat(aircraft.textJa()).contains("炭素繊維・スポンジチタン").contains("一時的な市況悪化");
        assertThat(aircraft.asOf()).isEqualTo(LocalDate.parse("2025-09-30"));
        assertThat(followUp.latestEvaluation("critical minerals").orElseThrow().mark()).isEqualTo(EvaluationMark.MORE_EFFORT);
        assertThat(followUp.latestEvaluation("advanced electronic components").orElseThrow().mark())
                .isEqualTo(EvaluationMark.LATER);
    }

    @Test
    void causesNameTheMaterialsOfTheDocument() {
        assertThat(followUp.causes()).hasSize(5);
        assertThat(followUp.causesNaming("fertilizers")).extracting(Cause::number).containsExactly(1, 2);
        assertThat(followUp.causesNaming("cloud programs")).extracting(Cause::number).containsExactly(5);
        assertThat(followUp.causes().get(3).materials()).containsExactly("machine tools and industrial robots",
                "semiconductors", "storage batteries");
    }

    @Test
    void targetsAndFundsAreTheDocumentsFigures() {
        assertThat(followUp.targetsOf("machine tools and industrial robots")).singleElement()
                .satisfies(t -> assertThat(t.year()).isEqualTo(2030));
        assertThat(followUp.targetsOf("ship parts")).singleElement()
                .satisfies(t -> assertThat(t.targetJa()).contains("600万馬力"));
        assertThat(followUp.targetsOf("semiconductors")).singleElement()
                .satisfies(t -> assertThat(t.targetJa()).contains("15兆円"));
        double perMaterialBudgets = followUp.funds().stream()
                .filter(f -> !f.governmentWide() && f.measure() == FundMeasure.BUDGET && f.total())
                .mapToDouble(FundFigure::amountOkuYen).sum();
        assertThat(perMaterialBudgets).isEqualTo(23_826);
        assertThat(followUp.governmentWideFunds()).filteredOn(f -> f.measure() == FundMeasure.CERTIFIED)
                .extracting(FundFigure::amountOkuYen).contains(14_400.0);
        assertThat(followUp.governmentWideFunds()).filteredOn(f -> f.measure() == FundMeasure.BUDGET && f.total())
                .singleElement().satisfies(f -> assertThat(f.amountOkuYen()).isEqualTo(23_827));
    }

    @Test
    void aDatabaseFromBeforeTheFollowUpGetsItWhenMigrated(@TempDir Path other) throws Exception {
        Path file = other.resolve("before-v7.db");
        TenkenDatabase.open(file);
        // Turn the file back into one made before V7: no follow-up tables, the share table of those days, and
        // neither V7 nor the later V8 and V9 in the history (V8 and V9 rebuild the share table from the
        // columns they find, so they apply again as they did then).
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            for (String table : List.of("followup_cause_material", "followup_cause", "followup_plan_count",
                    "followup_plan_total", "followup_report_status", "followup_evaluation", "followup_target",
                    "followup_fund")) {
                s.executeUpdate("DROP TABLE " + table);
            }
            s.executeUpdate("CREATE TABLE old_share AS SELECT * FROM supply_share");
            s.executeUpdate("DROP VIEW supply_share");
            for (String table : List.of("share_row", "share_provenance", "material_code", "stage_code",
                    "country_code")) {
                s.executeUpdate("DROP TABLE " + table);
            }
            s.executeUpdate("ALTER TABLE old_share RENAME TO supply_share");
            s.executeUpdate("DELETE FROM flyway_schema_history WHERE version IN ('7', '8', '9')");
        }

        FollowUp migrated = new FollowUpRepository(TenkenDatabase.open(file)).load();

        assertThat(migrated).isEqualTo(followUp);
    }

    @Test
    void noCitationShowsACurationNote() {
        List<String> shown = new java.util.ArrayList<>();
        followUp.plans().forEach(p -> shown.add(p.source()));
        followUp.evaluations().forEach(e -> shown.add(e.source() + e.note().ja() + e.note().en()));
        followUp.funds().forEach(f -> shown.add(f.source() + f.note().ja() + f.note().en()));
        followUp.reportStatus().forEach(r -> shown.add(r.source() + r.note().ja() + r.note().en()));
        assertThat(shown).noneMatch(s -> s.matches("(?is).*(seed \\d|seeds/|\\.txt|\\.csv).*"));
    }
}
