package tenken.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tenken.assets.Messages;
import tenken.graph.concentration.Dependent;
import tenken.graph.concentration.JapanLeverage;
import tenken.graph.concentration.Leverage;
import tenken.graph.concentration.Thresholds;
import tenken.graph.network.SupplyData;
import tenken.store.model.Catalogue;
import tenken.store.repo.CatalogueRepository;

/**
 * {@code tenken leverage [--json] [--min-share S]}: the items of whose world supply Japan holds at least
 * {@code S} (by default the stored {@code level.high}), largest share first, with Japan's rank among the
 * suppliers, the figure's source, year and basis, whether the item belongs to one of the five
 * technology-leakage materials, and the consumers whose top supplier is Japan.
 */
@Command(name = "leverage", resourceBundle = "tenken.assets.i18n.cli")
public final class LeverageCommand extends TenkenCommand {

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Option(names = "--min-share", paramLabel = "S", descriptionKey = "option.minShare")
    Double minShare;

    @Override
    public Integer call() throws Exception {
        Catalogue catalogue = new CatalogueRepository(options().open()).load();
        Thresholds thresholds = AnalyzeCommand.thresholds(catalogue);
        double minimum = minimum(minShare, thresholds);
        JapanLeverage leverage = new JapanLeverage(SupplyData.of(catalogue), thresholds);
        List<Leverage> rows = leverage.atLeast(minimum);
        if (json) {
            out().println(MaterialsCommand.Json.MAPPER.writeValueAsString(toJson(rows)));
        } else {
            print(rows, minimum, leverage.countBelow(minimum), new CatalogueTerms(catalogue));
        }
        return TenkenCli.OK;
    }

    /** {@code --min-share} when given (0..1, else a user error), otherwise the stored high threshold. */
    static double minimum(Double minShare, Thresholds thresholds) {
        double minimum = minShare == null ? thresholds.high() : minShare;
        if (!(minimum >= 0 && minimum <= 1)) {
            throw new UserError(Messages.get("leverage.error.minShare", String.valueOf(minShare)));
        }
        return minimum;
    }

    /**
     * Keys (a contract): material, stage, japan_share, rank, level, year, source, leakage_material and
     * dependents (each consumer, share); also basis, quality and, in each dependent, year and source.
     */
    static ArrayNode toJson(List<Leverage> rows) {
        ArrayNode array = MaterialsCommand.Json.MAPPER.createArrayNode();
        for (Leverage l : rows) {
            ObjectNode node = array.addObject();
            node.put("material", l.item().material());
            node.put("stage", l.item().stage());
            node.put("japan_share", l.share());
            node.put("rank", l.rank());
            node.put("level", l.level().key());
            node.put("year", l.year());
            node.put("source", l.source());
            node.put("basis", l.basis());
            node.put("quality", l.quality());
            node.put("leakage_material", l.isLeakageMaterial());
            ArrayNode dependents = node.putArray("dependents");
            for (Dependent d : l.dependents()) {
                ObjectNode dependent = dependents.addObject();
                dependent.put("consumer", d.consumer());
                dependent.put("share", d.share());
                dependent.put("year", d.year());
                dependent.put("source", d.source());
            }
        }
        return array;
    }

    private void print(List<Leverage> rows, double minimum, int below, CatalogueTerms terms) {
        out().println(Messages.get("leverage.heading", TextTable.percent(minimum)));
        out().println(Messages.get("leverage.explain"));
        if (rows.isEmpty()) {
            out().println(Messages.get("leverage.none"));
        }
        int position = 0;
        for (Leverage l : rows) {
            out().println();
            out().println(Messages.get("leverage.row", ++position, terms.material(l.item()), terms.stage(l.item()),
                    TextTable.percent(l.share()), l.rank(), Messages.get("analysis.level." + l.level().key()),
                    String.valueOf(l.year())));
            l.leakageMaterial().ifPresent(m -> out().println("   " + Messages.get("leverage.leakage", terms.material(m))));
            if (!l.basis().isBlank()) {
                out().println("   " + Messages.get("leverage.basis", l.basis()));
            }
            out().println("   " + Messages.get("leverage.source", l.source()));
            if (!l.dependents().isEmpty()) {
                out().println("   " + Messages.get("leverage.dependents", String.join(Messages.get("leverage.separator"),
                        l.dependents().stream().map(d -> Messages.get("leverage.dependent", terms.countryName(d.consumer()),
                                TextTable.percent(d.share()), String.valueOf(d.year()))).toList())));
            }
        }
        if (below > 0) {
            out().println();
            out().println(Messages.get("leverage.below", below, TextTable.percent(minimum)));
        }
    }
}
