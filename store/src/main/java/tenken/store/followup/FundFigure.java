package tenken.store.followup;

import java.time.LocalDate;

/**
 * One fund figure in 億円 (100 million yen).
 *
 * @param material the material, or null for a government-wide figure
 * @param fiscalYear the Japanese fiscal year (April–March) it belongs to, null for a total
 * @param budget {@code initial} or {@code supplementary} for a budget year, null otherwise
 * @param asOf the date the figure is as of, null when its fiscal year says it all
 * @param estimate true for a projection (見込み) or an approximate figure (約)
 */
public record FundFigure(String material, FundMeasure measure, Integer fiscalYear, String budget,
                         double amountOkuYen, LocalDate asOf, boolean estimate, String source, Note note) {

    public static final String INITIAL = "initial";
    public static final String SUPPLEMENTARY = "supplementary";

    public boolean governmentWide() {
        return material == null;
    }

    /** A total over the budget years (総額), not one year's budget. */
    public boolean total() {
        return fiscalYear == null;
    }
}
