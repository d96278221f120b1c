package tenken.store.repo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tenken.store.db.TenkenDatabase;
import tenken.store.followup.Cause;
import tenken.store.followup.Evaluation;
import tenken.store.followup.EvaluationMark;
import tenken.store.followup.FollowUp;
import tenken.store.followup.FundFigure;
import tenken.store.followup.FundMeasure;
import tenken.store.followup.Note;
import tenken.store.followup.PlanCount;
import tenken.store.followup.PlanTotal;
import tenken.store.followup.ReportCategory;
import tenken.store.followup.ReportStatus;
import tenken.store.followup.Target;

/** Loads the follow-up (PDCA "Check") records. */
public final class FollowUpRepository {

    private final TenkenDatabase database;

    public FollowUpRepository(TenkenDatabase database) {
        this.database = database;
    }

    public FollowUp load() {
        try (Connection c = database.connect()) {
            return new FollowUp(plans(c), totals(c), reportStatus(c), evaluations(c), causes(c), targets(c), funds(c));
        } catch (SQLException e) {
            throw database.translate(e);
        }
    }

    private static List<PlanCount> plans(Connection c) throws SQLException {
        List<PlanCount> plans = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT p.material_key, p.as_of,"
                + " p.count, p.source, p.note_ja, p.note_en FROM followup_plan_count p JOIN material m"
                + " ON m.key = p.material_key ORDER BY p.as_of, m.sort_order, m.key")) {
            while (r.next()) {
                plans.add(new PlanCount(r.getString(1), LocalDate.parse(r.getString(2)), r.getInt(3), r.getString(4),
                        new Note(r.getString(5), r.getString(6))));
            }
        }
        return plans;
    }

    private static List<PlanTotal> totals(Connection c) throws SQLException {
        List<PlanTotal> totals = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT as_of, total, source, note_ja, note_en FROM followup_plan_total")) {
            while (r.next()) {
                totals.add(new PlanTotal(LocalDate.parse(r.getString(1)), r.getInt(2), r.getString(3),
                        new Note(r.getString(4), r.getString(5))));
            }
        }
        return totals;
    }

    private static List<ReportStatus> reportStatus(Connection c) throws SQLException {
        List<ReportStatus> rounds = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM followup_report_status")) {
            while (r.next()) {
                Map<ReportCategory, Integer> counts = new EnumMap<>(ReportCategory.class);
                Map<ReportCategory, Double> percents = new EnumMap<>(ReportCategory.class);
                for (ReportCategory category : ReportCategory.values()) {
                    int count = r.getInt(category.column());
                    if (!r.wasNull()) {
                        counts.put(category, count);
                    }
                    double percent = r.getDouble(category.percentColumn());
                    if (!r.wasNull()) {
                        percents.put(category, percent);
                    }
                }
                rounds.add(new ReportStatus(r.getInt("round"), date(r.getString("as_of")), r.getInt("reports"), counts,
                        percents, r.getString("source"), new Note(r.getString("note_ja"), r.getString("note_en"))));
            }
        }
        return rounds;
    }

    private static List<Evaluation> evaluations(Connection c) throws SQLException {
        List<Evaluation> evaluations = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT e.material_key, e.as_of, e.mark,"
                + " e.text_ja, e.text_en, e.source, e.note_ja, e.note_en FROM followup_evaluation e JOIN material m"
                + " ON m.key = e.material_key ORDER BY e.as_of, m.sort_order, m.key")) {
            while (r.next()) {
                evaluations.add(new Evaluation(r.getString(1), LocalDate.parse(r.getString(2)),
                        EvaluationMark.ofSymbol(r.getString(3)).orElseThrow(), r.getString(4), r.getString(5),
                        r.getString(6), new Note(r.getString(7), r.getString(8))));
            }
        }
        return evaluations;
    }

    private static List<Cause> causes(Connection c) throws SQLException {
        Map<String, List<String>> materials = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT cm.round, cm.cause,"
                + " cm.material_key FROM followup_cause_material cm JOIN material m ON m.key = cm.material_key"
                + " ORDER BY m.sort_order, m.key")) {
            while (r.next()) {
                materials.computeIfAbsent(r.getInt(1) + "|" + r.getInt(2), k -> new ArrayList<>()).add(r.getString(3));
            }
        }
        List<Cause> causes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT round, cause, title_ja, title_en,"
                + " detail_ja, detail_en, source FROM followup_cause")) {
            while (r.next()) {
                causes.add(new Cause(r.getInt(1), r.getInt(2), materials.getOrDefault(r.getInt(1) + "|" + r.getInt(2),
                        List.of()), r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7)));
            }
        }
        return causes;
    }

    private static List<Target> targets(Connection c) throws SQLException {
        List<Target> targets = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT t.material_key, t.target_ja,"
                + " t.target_en, t.year, t.source, t.note_ja, t.note_en FROM followup_target t JOIN material m"
                + " ON m.key = t.material_key ORDER BY m.sort_order, m.key, t.rowid")) {
            while (r.next()) {
                int year = r.getInt(4);
                Integer maybeYear = r.wasNull() ? null : year;
                targets.add(new Target(r.getString(1), r.getString(2), r.getString(3), maybeYear, r.getString(5),
                        new Note(r.getString(6), r.getString(7))));
            }
        }
        return targets;
    }

    private static List<FundFigure> funds(Connection c) throws SQLException {
        List<FundFigure> funds = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT material_key, measure,"
                + " fiscal_year, budget, amount_oku_yen, as_of, estimate, source, note_ja, note_en FROM followup_fund"
                + " ORDER BY id")) {
            while (r.next()) {
                int year = r.getInt(3);
                Integer fiscalYear = r.wasNull() ? null : year;
                funds.add(new FundFigure(r.getString(1), FundMeasure.ofKey(r.getString(2)).orElseThrow(), fiscalYear,
                        r.getString(4), r.getDouble(5), date(r.getString(6)), r.getInt(7) == 1, r.getString(8),
                        new Note(r.getString(9), r.getString(10))));
            }
        }
        return funds;
    }

    private static LocalDate date(String value) {
        return value == null || value.isEmpty() ? null : LocalDate.parse(value);
    }
}
