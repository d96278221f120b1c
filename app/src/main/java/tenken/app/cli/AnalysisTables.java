package tenken.app.cli;

import java.util.ArrayList;
import java.util.List;
import tenken.assets.Messages;
import tenken.graph.concentration.Concentration;
import tenken.graph.lookthrough.ItemLoss;
import tenken.graph.lookthrough.MaterialLoss;
import tenken.graph.lookthrough.ScenarioResult;
import tenken.views.export.Table;

/**
 * The results of {@code analyze} and {@code scenario} as tables for CSV and Excel: the columns of the
 * printed tables, with the keys beside the names (for scripts) and numbers as numbers (for Excel).
 */
final class AnalysisTables {

    private AnalysisTables() {
    }

    static Table concentration(String consumer, List<Concentration> concentrations, CatalogueTerms terms) {
        List<List<Object>> rows = new ArrayList<>();
        for (Concentration c : concentrations) {
            rows.add(java.util.Arrays.asList(c.item().material(), terms.material(c.item()), c.item().stage(),
                    terms.stage(c.item()), c.consumer(), c.year(), c.topCountry(), c.topShare(), c.top3Share(),
                    c.hhi(), c.suppliers(), Messages.get("analysis.level." + c.level().key()), c.coverage(),
                    c.consumer().equals(consumer) ? "" : Messages.get("analysis.note.worldStandsIn")));
        }
        return new Table(Messages.get("export.table.concentration", consumer), List.of(
                text("export.table.materialKey"), text("analysis.column.material"), text("export.table.stageKey"),
                text("analysis.column.stage"), text("export.table.consumer"),
                column("analysis.column.year", Table.Kind.INTEGER), text("analysis.column.top"),
                column("analysis.column.topShare", Table.Kind.SHARE), column("analysis.column.top3", Table.Kind.SHARE),
                column("analysis.column.hhi", Table.Kind.DECIMAL),
                column("analysis.column.suppliers", Table.Kind.INTEGER), text("analysis.column.level"),
                column("export.table.coverage", Table.Kind.SHARE), text("scenario.column.notes")), rows);
    }

    static Table scenario(ScenarioResult result, CatalogueTerms terms) {
        List<List<Object>> rows = new ArrayList<>();
        for (ItemLoss loss : result.losses()) {
            rows.add(List.of(loss.item().material(), terms.material(loss.item()), loss.item().stage(),
                    terms.stage(loss.item()), loss.consumer(), loss.faceValue(), loss.loss(), loss.coverage(),
                    Messages.get(loss.worldFallback() ? "export.table.yes" : "export.table.no"),
                    Messages.get(loss.insufficientData() ? "export.table.yes" : "export.table.no")));
        }
        return new Table(Messages.get("export.table.scenario", String.join(" ", result.cut().countries())), List.of(
                text("export.table.materialKey"), text("analysis.column.material"), text("export.table.stageKey"),
                text("analysis.column.stage"), text("export.table.consumer"),
                column("scenario.column.faceValue", Table.Kind.SHARE), column("scenario.column.loss", Table.Kind.SHARE),
                column("scenario.column.coverage", Table.Kind.SHARE), text("scenario.note.worldFallback"),
                text("scenario.note.insufficient")), rows);
    }

    /**
     * One row per designated material, most lost first; no data is an empty cell and a note, never 0; a material
     * that loses nothing names no item ("not affected").
     */
    static Table byMaterial(ScenarioResult result, List<MaterialLoss> summary, CatalogueTerms terms) {
        List<List<Object>> rows = new ArrayList<>();
        for (MaterialLoss row : summary) {
            if (row.unaffected()) {
                // Nothing lost: no item loses most, as the window says (「影響なし」).
                rows.add(java.util.Arrays.asList(row.material(), terms.material(row.material()), row.loss(),
                        row.lossUpper(), null, Messages.get("scenario.unaffected"), null,
                        Messages.get("export.table.no"), ""));
                continue;
            }
            ItemLoss worst = row.worst().orElse(null);
            rows.add(java.util.Arrays.asList(row.material(), terms.material(row.material()),
                    worst == null ? null : row.loss(), worst == null ? null : row.lossUpper(),
                    worst == null ? null : worst.item().material(), worst == null ? null : terms.material(worst.item()),
                    worst == null ? null : worst.item().stage(),
                    Messages.get(row.viaInput() ? "export.table.yes" : "export.table.no"),
                    worst == null ? Messages.get("scenario.note.noData") : ""));
        }
        return new Table(Messages.get("export.table.scenario", String.join(" ", result.cut().countries())), List.of(
                text("export.table.materialKey"), text("analysis.column.material"),
                column("scenario.column.loss", Table.Kind.SHARE), column("scenario.column.lossUpper", Table.Kind.SHARE),
                text("export.table.itemKey"), text("scenario.column.worstItem"), text("export.table.stageKey"),
                text("scenario.note.viaInput"), text("scenario.column.notes")), rows);
    }

    private static Table.Column text(String key) {
        return column(key, Table.Kind.TEXT);
    }

    private static Table.Column column(String key, Table.Kind kind) {
        return new Table.Column(Messages.get(key), kind);
    }
}
