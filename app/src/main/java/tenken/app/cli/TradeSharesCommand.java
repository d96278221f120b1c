package tenken.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tenken.assets.Messages;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Catalogue;
import tenken.store.model.SupplyShare;
import tenken.store.repo.CatalogueRepository;
import tenken.store.trade.TradeStatistics;

/**
 * {@code tenken trade shares [--consumer ISO3] [--year Y] [--json]}: recomputes the shares derived from the
 * stored flows and lists them, each marked used or set aside for a hand-entered group.
 */
@Command(name = "shares", resourceBundle = "tenken.assets.i18n.cli")
public final class TradeSharesCommand extends TenkenCommand {

    @Option(names = "--consumer", paramLabel = "ISO3", descriptionKey = "option.tradeConsumer")
    String consumer;

    @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "option.tradeYear")
    Integer year;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        TenkenDatabase database = options().open();
        Catalogue catalogue = new CatalogueRepository(database).load();
        String code = consumer == null ? null : new CatalogueLookup(catalogue).consumer(consumer);
        TradeStatistics trade = new TradeStatistics(database);
        trade.recompute();
        List<TradeStatistics.Derived> shares = trade.derivedShares(code, year);
        if (json) {
            out().println(MaterialsCommand.Json.MAPPER.writeValueAsString(toJson(shares)));
            return TenkenCli.OK;
        }
        if (shares.isEmpty()) {
            out().println(Messages.get("cli.trade.noShares"));
            return TenkenCli.OK;
        }
        CatalogueTerms terms = new CatalogueTerms(catalogue);
        TextTable table = new TextTable(List.of(Messages.get("analysis.column.material"),
                Messages.get("analysis.column.stage"), Messages.get("cli.trade.column.consumer"),
                Messages.get("analysis.column.year"), Messages.get("cli.trade.column.supplier"),
                Messages.get("cli.trade.column.share"), Messages.get("cli.trade.column.used")),
                false, false, false, true, false, true, false);
        for (TradeStatistics.Derived d : shares) {
            SupplyShare s = d.share();
            table.add(List.of(terms.material(new tenken.graph.network.Item(s.material(), s.stage())),
                    terms.stage(new tenken.graph.network.Item(s.material(), s.stage())), s.consumer(),
                    String.valueOf(s.year()), s.supplier(), TextTable.percent(s.share()),
                    Messages.get(d.used() ? "cli.trade.used" : "cli.trade.overridden")));
        }
        table.print(out());
        return TenkenCli.OK;
    }

    /** Keys: material, stage, consumer, year, supplier, share, basis, source, note, used, flows. */
    private static ArrayNode toJson(List<TradeStatistics.Derived> shares) {
        ArrayNode array = MaterialsCommand.Json.MAPPER.createArrayNode();
        for (TradeStatistics.Derived d : shares) {
            SupplyShare s = d.share();
            ObjectNode node = array.addObject();
            node.put("material", s.material());
            node.put("stage", s.stage());
            node.put("consumer", s.consumer());
            node.put("year", s.year());
            node.put("supplier", s.supplier());
            node.put("share", s.share());
            node.put("basis", s.basis());
            node.put("source", s.source());
            node.put("note", s.note());
            node.put("used", d.used());
            node.put("flows", d.flows());
        }
        return array;
    }
}
