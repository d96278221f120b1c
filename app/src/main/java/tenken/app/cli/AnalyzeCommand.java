package tenken.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tenken.assets.Messages;
import tenken.graph.concentration.Concentration;
import tenken.graph.concentration.ConcentrationAnalysis;
import tenken.graph.concentration.JapanLeverage;
import tenken.graph.concentration.Leverage;
import tenken.graph.concentration.Thresholds;
import tenken.graph.concentration.Trends;
import tenken.graph.network.SupplyData;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.repo.CatalogueRepository;

/**
 * {@code tenken analyze [--consumer JPN|WLD|...] [--year Y] [--json]}: the concentration of every material
 * and stage the consumer (Japan by default) gets, from its own shares or, where it has none, from world
 * production standing in (said in words in the table, {@code world_fallback} in JSON), by default in the
 * latest year stored for each.
 */
@Command(name = "analyze", resourceBundle = "tenken.assets.i18n.cli")
public final class AnalyzeCommand extends TenkenCommand {

    @Option(names = "--consumer", defaultValue = Country.JAPAN, paramLabel = "ISO3", descriptionKey = "option.consumer")
    String consumer;

    @Mixin
    AnalysisOutput output;

    @Option(names = "--trend", descriptionKey = "option.trend")
    boolean trend;

    @Override
    public Integer call() throws Exception {
        Catalogue catalogue = new CatalogueRepository(options().open()).load();
        CatalogueTerms terms = new CatalogueTerms(catalogue);
        String code = terms.knownCountry(consumer);
        Thresholds thresholds = thresholds(catalogue);
        SupplyData data = output.data(catalogue);
        // Japan's (or any consumer's) own sourcing, with world production standing in where it has none; a
        // trend is every year of every group: of the consumer asked for, or of all consumers when none is.
        boolean consumerGiven = spec.commandLine().getParseResult().hasMatchedOption("--consumer");
        List<Concentration> concentrations = trend
                ? Trends.of(catalogue, thresholds, consumerGiven ? code : null).stream()
                        .filter(c -> output.year == null || c.year() == output.year).toList()
                : new ConcentrationAnalysis(data, thresholds).sourcingOf(code);
        if (output.table != null) {
            out().println(TableFiles.write(output.table, AnalysisTables.concentration(code, concentrations, terms)));
        } else if (output.json) {
            out().println(MaterialsCommand.Json.MAPPER.writeValueAsString(toJson(code, concentrations)));
        } else {
            if (trend && !consumerGiven) {
                concentrations.stream().map(Concentration::consumer).distinct().sorted().forEach(consumerCode ->
                        printTable(consumerCode, concentrations.stream().filter(c -> c.consumer().equals(consumerCode))
                                .toList(), thresholds, terms));
                return TenkenCli.OK;
            }
            printTable(code, concentrations, thresholds, terms);
            if (code.equals(Country.WORLD) && !trend) {
                printLeverage(JapanLeverage.find(data, thresholds), terms);
            }
        }
        return TenkenCli.OK;
    }

    /** The thresholds stored in the database; a broken setting is the user's to fix, so it is told as such. */
    static Thresholds thresholds(Catalogue catalogue) {
        try {
            return Thresholds.from(catalogue);
        } catch (IllegalArgumentException e) {
            throw new UserError(Messages.get("analysis.error.thresholds", e.getMessage()));
        }
    }

    /**
     * Keys (a contract): material, stage, consumer, top_country, top_share, top3_share, hhi, suppliers,
     * level; also year, coverage, world_fallback (the consumer has no shares of its own for the item: the
     * row is world production, consumer {@code WLD}) and domestic_share (the consumer's own production, which
     * the level leaves out). Numbers at full double precision.
     */
    static ArrayNode toJson(String consumer, List<Concentration> concentrations) {
        ArrayNode array = MaterialsCommand.Json.MAPPER.createArrayNode();
        for (Concentration c : concentrations) {
            ObjectNode node = array.addObject();
            node.put("material", c.item().material());
            node.put("stage", c.item().stage());
            node.put("consumer", c.consumer());
            node.put("year", c.year());
            node.put("top_country", c.topCountry());
            node.put("top_share", c.topShare());
            node.put("top3_share", c.top3Share());
            node.put("hhi", c.hhi());
            node.put("suppliers", c.suppliers());
            node.put("level", c.level().key());
            node.put("coverage", c.coverage());
            node.put("world_fallback", !c.consumer().equals(consumer));
            node.put("domestic_share", c.domesticShare());
        }
        return array;
    }

    private void printTable(String code, List<Concentration> concentrations, Thresholds thresholds,
            CatalogueTerms terms) {
        if (concentrations.isEmpty()) {
            out().println(Messages.get("analysis.none", code));
            return;
        }
        out().println(Messages.get("analysis.heading", code));
        TextTable table = new TextTable(List.of(Messages.get("analysis.column.material"),
                Messages.get("analysis.column.stage"), Messages.get("analysis.column.year"),
                Messages.get("analysis.column.top"), Messages.get("analysis.column.topShare"),
                Messages.get("analysis.column.top3"), Messages.get("analysis.column.hhi"),
                Messages.get("analysis.column.suppliers"), Messages.get("analysis.column.level"),
                Messages.get("scenario.column.notes")),
                false, false, true, false, true, true, true, true, false, false);
        for (Concentration c : concentrations) {
            table.add(List.of(terms.material(c.item()), terms.stage(c.item()), String.valueOf(c.year()),
                    c.topCountry() == null ? "—" : c.topCountry(), TextTable.percent(c.topShare()),
                    TextTable.percent(c.top3Share()), String.format(java.util.Locale.ROOT, "%.3f", c.hhi()),
                    String.valueOf(c.suppliers()), Messages.get("analysis.level." + c.level().key()),
                    notes(code, c)));
        }
        table.print(out());
        out().println(Messages.get("analysis.thresholds", TextTable.percent(thresholds.critical()),
                TextTable.percent(thresholds.high())));
    }

    /** What a row's figures need said: world production standing in, the consumer's own production. */
    private static String notes(String consumer, Concentration c) {
        List<String> notes = new java.util.ArrayList<>();
        if (!c.consumer().equals(consumer)) {
            notes.add(Messages.get("analysis.note.worldStandsIn"));
        }
        if (c.domesticShare() > 0) {
            notes.add(Messages.get("analysis.note.domestic", TextTable.percent(c.domesticShare())));
        }
        return String.join("; ", notes);
    }

    private void printLeverage(List<Leverage> leverage, CatalogueTerms terms) {
        if (leverage.isEmpty()) {
            return;
        }
        out().println();
        out().println(Messages.get("analysis.leverage.heading"));
        for (Leverage l : leverage) {
            out().println("  " + Messages.get("analysis.leverage.row", terms.material(l.item()), terms.stage(l.item()),
                    TextTable.percent(l.share()), String.valueOf(l.rank()),
                    Messages.get("analysis.level." + l.level().key()), String.valueOf(l.year())));
        }
    }
}
