package tenken.store.repo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import tenken.store.db.TenkenDatabase;
import tenken.store.followup.Cause;
import tenken.store.followup.Evaluation;
import tenken.store.followup.FollowUp;
import tenken.store.followup.FundFigure;
import tenken.store.followup.PlanCount;
import tenken.store.followup.PlanTotal;
import tenken.store.followup.ReportCategory;
import tenken.store.followup.ReportStatus;
import tenken.store.followup.Target;

/**
 * Writes follow-up rows in one transaction. A row replaces the stored row with the same key (material
 * and date; round; round and cause; material and target; a fund figure's material, measure, year, budget
 * and date), so that importing a file twice leaves the same data and next year's round adds to this one.
 */
public final class FollowUpWriter {

    private final TenkenDatabase database;

    public FollowUpWriter(TenkenDatabase database) {
        this.database = database;
    }

    public void put(FollowUp rows) {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try {
                putPlans(c, rows);
                putTotals(c, rows);
                putReportStatus(c, rows);
                putEvaluations(c, rows);
                putCauses(c, rows);
                putTargets(c, rows);
                putFunds(c, rows);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw database.translate(e);
        }
    }

    private static void putPlans(Connection c, FollowUp rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO followup_plan_count (material_key, as_of,"
                + " count, source, note_ja, note_en) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (PlanCount p : rows.plans()) {
                s.setString(1, p.material());
                s.setString(2, p.asOf().toString());
                s.setInt(3, p.count());
                s.setString(4, p.source());
                s.setString(5, p.note().ja());
                s.setString(6, p.note().en());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void putTotals(Connection c, FollowUp rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO followup_plan_total (as_of, total, source,"
                + " note_ja, note_en) VALUES (?, ?, ?, ?, ?)")) {
            for (PlanTotal t : rows.planTotals()) {
                s.setString(1, t.asOf().toString());
                s.setInt(2, t.total());
                s.setString(3, t.source());
                s.setString(4, t.note().ja());
                s.setString(5, t.note().en());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void putReportStatus(Connection c, FollowUp rows) throws SQLException {
        StringBuilder columns = new StringBuilder("round, as_of, reports, source, note_ja, note_en");
        for (ReportCategory category : ReportCategory.values()) {
            columns.append(", ").append(category.column()).append(", ").append(category.percentColumn());
        }
        String marks = "?, ".repeat(6 + 2 * ReportCategory.values().length);
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO followup_report_status (" + columns
                + ") VALUES (" + marks.substring(0, marks.length() - 2) + ")")) {
            for (ReportStatus r : rows.reportStatus()) {
                s.setInt(1, r.round());
                setDate(s, 2, r.asOf());
                s.setInt(3, r.reports());
                s.setString(4, r.source());
                s.setString(5, r.note().ja());
                s.setString(6, r.note().en());
                int i = 7;
                for (ReportCategory category : ReportCategory.values()) {
                    setInteger(s, i++, r.count(category));
                    Double percent = r.percent(category);
                    if (percent == null) {
                        s.setNull(i++, Types.REAL);
                    } else {
                        s.setDouble(i++, percent);
                    }
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void putEvaluations(Connection c, FollowUp rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO followup_evaluation (material_key, as_of,"
                + " mark, text_ja, text_en, source, note_ja, note_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Evaluation e : rows.evaluations()) {
                s.setString(1, e.material());
                s.setString(2, e.asOf().toString());
                s.setString(3, e.mark().symbol());
                s.setString(4, e.textJa());
                s.setString(5, e.textEn());
                s.setString(6, e.source());
                s.setString(7, e.note().ja());
                s.setString(8, e.note().en());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void putCauses(Connection c, FollowUp rows) throws SQLException {
        // Replacing a cause replaces the materials it names (ON DELETE CASCADE), not only adds to them.
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM followup_cause WHERE round = ? AND cause = ?");
             PreparedStatement cause = c.prepareStatement("INSERT INTO followup_cause (round, cause, title_ja, title_en,"
                     + " detail_ja, detail_en, source) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement material = c.prepareStatement(
                     "INSERT INTO followup_cause_material (round, cause, material_key) VALUES (?, ?, ?)")) {
            for (Cause k : rows.causes()) {
                delete.setInt(1, k.round());
                delete.setInt(2, k.number());
                delete.executeUpdate();
                cause.setInt(1, k.round());
                cause.setInt(2, k.number());
                cause.setString(3, k.titleJa());
                cause.setString(4, k.titleEn());
                cause.setString(5, k.detailJa());
                cause.setString(6, k.detailEn());
                cause.setString(7, k.source());
                cause.executeUpdate();
                for (String key : k.materials()) {
                    material.setInt(1, k.round());
                    material.setInt(2, k.number());
                    material.setString(3, key);
                    material.executeUpdate();
                }
            }
        }
    }

    private static void putTargets(Connection c, FollowUp rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO followup_target (material_key, target_ja,"
                + " target_en, year, source, note_ja, note_en) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Target t : rows.targets()) {
                s.setString(1, t.material());
                s.setString(2, t.targetJa());
                s.setString(3, t.targetEn());
                setInteger(s, 4, t.year());
                s.setString(5, t.source());
                s.setString(6, t.note().ja());
                s.setString(7, t.note().en());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void putFunds(Connection c, FollowUp rows) throws SQLException {
        // NULLs never equal each other in SQL, so the key is matched with IS, not by a UNIQUE index.
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM followup_fund WHERE material_key IS ?"
                + " AND measure = ? AND fiscal_year IS ? AND budget IS ? AND as_of IS ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO followup_fund (material_key, measure,"
                     + " fiscal_year, budget, amount_oku_yen, as_of, estimate, source, note_ja, note_en)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (FundFigure f : rows.funds()) {
                delete.setString(1, f.material());
                delete.setString(2, f.measure().key());
                setInteger(delete, 3, f.fiscalYear());
                delete.setString(4, f.budget());
                setDate(delete, 5, f.asOf());
                delete.executeUpdate();
                insert.setString(1, f.material());
                insert.setString(2, f.measure().key());
                setInteger(insert, 3, f.fiscalYear());
                insert.setString(4, f.budget());
                insert.setDouble(5, f.amountOkuYen());
                setDate(insert, 6, f.asOf());
                insert.setInt(7, f.estimate() ? 1 : 0);
                insert.setString(8, f.source());
                insert.setString(9, f.note().ja());
                insert.setString(10, f.note().en());
                insert.executeUpdate();
            }
        }
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private static void setDate(PreparedStatement s, int index, java.time.LocalDate value) throws SQLException {
        s.setString(index, value == null ? null : value.toString());
    }
}
