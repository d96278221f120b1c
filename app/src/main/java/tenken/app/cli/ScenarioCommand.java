package tenken.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tenken.assets.Messages;
import tenken.graph.lookthrough.Cut;
import tenken.graph.lookthrough.ItemLoss;
import tenken.graph.lookthrough.LookThroughNetwork;
import tenken.graph.lookthrough.MaterialLoss;
import tenken.graph.lookthrough.ScenarioResult;
import tenken.graph.lookthrough.ScenarioSummary;
import tenken.graph.network.InputCycle;
import tenken.graph.network.SupplyData;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.repo.CatalogueRepository;

/**
 * {@code tenken scenario --cut CHN [--cut USA ...] [--material NAME ...] [--fraction 1.0] [--consumer JPN]
 * [--by-material] [--json]}: what the consumer loses of each item when the cut countries cut their exports (of
 * the named materials only, as an export control does), looked through every tier; with {@code --by-material},
 * what each designated material loses (the summary the scenario screen shows, {@link ScenarioSummary}).
 */
@Command(name = "scenario", resourceBundle = "tenken.assets.i18n.cli")
public final class ScenarioCommand extends TenkenCommand {

    @Option(names = "--cut", required = true, paramLabel = "ISO3", descriptionKey = "option.cut")
    List<String> cut = new ArrayList<>();

    @Option(names = "--material", paramLabel = "NAME", descriptionKey = "option.scenarioMaterial")
    List<String> materials = new ArrayList<>();

    @Option(names = "--fraction", defaultValue = "1.0", paramLabel = "F", descriptionKey = "option.fraction")
    double fraction;

    @Option(names = "--consumer", defaultValue = Country.JAPAN, paramLabel = "ISO3", descriptionKey = "option.consumer")
    String consumer;

    @Option(names = "--by-material", descriptionKey = "option.byMaterial")
    boolean byMaterial;

    @Mixin
    AnalysisOutput output;

    @Override
    public Integer call() throws Exception {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new UserError(Messages.get("analysis.error.fraction", String.valueOf(fraction)));
        }
        Catalogue catalogue = new CatalogueRepository(options().open()).load();
        CatalogueTerms terms = new CatalogueTerms(catalogue);
        String code = new CatalogueLookup(catalogue).consumer(consumer);
        Set<String> countries = new LinkedHashSet<>();
        cut.forEach(c -> countries.add(terms.cuttableCountry(c)));
        // An export control names materials: the cut reaches them and their items, and what is made from them.
        CatalogueLookup lookup = new CatalogueLookup(catalogue);
        Set<String> scope = new LinkedHashSet<>();
        materials.forEach(name -> scope.add(lookup.material(name).key()));

        SupplyData data = output.data(catalogue);
        ScenarioResult result = LookThroughNetwork.compile(data).scenario(code, new Cut(countries, fraction, scope));
        // On the error stream, so that --json output stays parseable.
        for (InputCycle cycle : result.cycles()) {
            err().println(Messages.get("scenario.cycle", cycle.toString()));
        }
        List<MaterialLoss> summary = ScenarioSummary.of(result.losses(), data,
                catalogue.designatedMaterials().stream().map(m -> m.key()).toList());
        if (byMaterial) {
            if (output.table != null) {
                out().println(TableFiles.write(output.table, AnalysisTables.byMaterial(result, summary, terms)));
            } else if (output.json) {
                out().println(MaterialsCommand.Json.MAPPER.writeValueAsString(toJson(summary)));
            } else {
                printByMaterial(result, summary, terms);
            }
        } else if (output.table != null) {
            out().println(TableFiles.write(output.table, AnalysisTables.scenario(result, terms)));
        } else if (output.json) {
            out().println(MaterialsCommand.Json.MAPPER.writeValueAsString(toJson(result)));
        } else {
            printTable(result, terms);
            printAffected(summary, terms);
        }
        return TenkenCli.OK;
    }

    /**
     * Keys (a contract): material, stage, consumer, face_value, loss; also loss_upper (the aggregates holding
     * a cut country cut too; equal to loss when there are none), coverage, world_fallback and insufficient_data. Most lost first; numbers at full double precision.
     */
    static ArrayNode toJson(ScenarioResult result) {
        ArrayNode array = MaterialsCommand.Json.MAPPER.createArrayNode();
        for (ItemLoss loss : result.losses()) {
            ObjectNode node = array.addObject();
            node.put("material", loss.item().material());
            node.put("stage", loss.item().stage());
            node.put("consumer", loss.consumer());
            node.put("face_value", loss.faceValue());
            node.put("loss", loss.loss());
            node.put("loss_upper", loss.lossUpper());
            node.put("coverage", loss.coverage());
            node.put("world_fallback", loss.worldFallback());
            node.put("insufficient_data", loss.insufficientData());
        }
        return array;
    }

    private void printTable(ScenarioResult result, CatalogueTerms terms) {
        if (result.losses().isEmpty()) {
            out().println(Messages.get("scenario.none", result.consumer()));
            return;
        }
        out().println(Messages.get("scenario.heading", String.join(", ", result.cut().countries()),
                TextTable.percent(result.cut().fraction()), result.consumer()));
        TextTable table = new TextTable(List.of(Messages.get("analysis.column.material"),
                Messages.get("analysis.column.stage"), Messages.get("scenario.column.faceValue"),
                Messages.get("scenario.column.loss"), Messages.get("scenario.column.coverage"),
                Messages.get("scenario.column.notes")),
                false, false, true, true, true, false);
        boolean ranges = !result.aggregatesInRange().isEmpty();
        for (ItemLoss loss : result.losses()) {
            List<String> notes = new ArrayList<>();
            if (loss.worldFallback()) {
                notes.add(Messages.get("scenario.note.worldFallback"));
            }
            if (loss.insufficientData()) {
                notes.add(Messages.get("scenario.note.insufficient"));
            }
            table.add(List.of(terms.material(loss.item()), terms.stage(loss.item()),
                    TextTable.percent(loss.faceValue()), loss.isRange()
                            ? Messages.get("scenario.range", TextTable.percent(loss.loss()), TextTable.percent(loss.lossUpper()))
                            : TextTable.percent(loss.loss()),
                    TextTable.percent(loss.coverage()), String.join(Messages.get("scenario.note.separator"), notes)));
        }
        table.print(out());
        out().println(Messages.get("scenario.explain"));
        if (ranges) {
            out().println(Messages.get("scenario.rangeExplain", result.aggregatesInRange().stream()
                    .map(terms::country).collect(java.util.stream.Collectors.joining(", "))));
        }
    }

    /**
     * Keys (a contract): material, loss, loss_upper, item, stage, via_input; one object per designated
     * material, most lost first. A material without data has {@code null} loss, loss_upper, item and stage; one
     * that loses nothing has its loss (0) and {@code null} item and stage, via_input false, as the window names
     * no item for it.
     */
    static ArrayNode toJson(List<MaterialLoss> summary) {
        ArrayNode array = MaterialsCommand.Json.MAPPER.createArrayNode();
        for (MaterialLoss row : summary) {
            ObjectNode node = array.addObject();
            node.put("material", row.material());
            if (row.unaffected()) {
                node.put("loss", row.loss());
                node.put("loss_upper", row.lossUpper());
                node.putNull("item");
                node.putNull("stage");
            } else if (row.hasData()) {
                ItemLoss worst = row.worst().orElseThrow();
                node.put("loss", row.loss());
                node.put("loss_upper", row.lossUpper());
                node.put("item", worst.item().material());
                node.put("stage", worst.item().stage());
            } else {
                node.putNull("loss");
                node.putNull("loss_upper");
                node.putNull("item");
                node.putNull("stage");
            }
            node.put("via_input", row.viaInput());
        }
        return array;
    }

    /** Every designated material, most lost first; those without data say so, in words. */
    private void printByMaterial(ScenarioResult result, List<MaterialLoss> summary, CatalogueTerms terms) {
        out().println(Messages.get("scenario.heading", String.join(", ", result.cut().countries()),
                TextTable.percent(result.cut().fraction()), result.consumer()));
        TextTable table = new TextTable(List.of(Messages.get("analysis.column.material"),
                Messages.get("scenario.column.loss"), Messages.get("scenario.column.lossUpper"),
                Messages.get("scenario.column.worstItem"), Messages.get("analysis.column.stage"),
                Messages.get("scenario.column.notes")),
                false, true, true, false, false, false);
        for (MaterialLoss row : summary) {
            if (row.unaffected()) {
                table.add(List.of(terms.material(row.material()), TextTable.percent(row.loss()),
                        TextTable.percent(row.lossUpper()), Messages.get("scenario.unaffected"), "", ""));
            } else if (row.hasData()) {
                ItemLoss worst = row.worst().orElseThrow();
                table.add(List.of(terms.material(row.material()), TextTable.percent(row.loss()),
                        TextTable.percent(row.lossUpper()), terms.material(worst.item()), terms.stage(worst.item()),
                        row.viaInput() ? Messages.get("scenario.note.viaInput") : ""));
            } else {
                table.add(List.of(terms.material(row.material()), Messages.get("scenario.noData"), "", "", "",
                        Messages.get("scenario.note.noData")));
            }
        }
        table.print(out());
        out().println(Messages.get("scenario.byMaterial.explain"));
    }

    /** The designated materials that lose anything, worst first: the same list as the scenario screen's. */
    private void printAffected(List<MaterialLoss> summary, CatalogueTerms terms) {
        List<MaterialLoss> affected = summary.stream().filter(MaterialLoss::affected).toList();
        if (affected.isEmpty()) {
            return;
        }
        out().println();
        out().println(Messages.get("scenario.fanout.heading"));
        for (MaterialLoss row : affected) {
            ItemLoss worst = row.worst().orElseThrow();
            out().println("  " + Messages.get(row.viaInput() ? "scenario.fanout.rowViaInput" : "scenario.fanout.row",
                    terms.material(row.material()), TextTable.percent(row.loss()), terms.material(worst.item()),
                    terms.stage(worst.item())));
        }
    }
}
