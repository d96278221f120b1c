package tenken.app.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import tenken.assets.Messages;
import tenken.store.db.HealthCheck;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.SupplyShare;
import tenken.store.repo.CatalogueRepository;
import tenken.store.trade.TradeStatistics;

/**
 * {@code tenken check}: SQLite's integrity check, the schema version, the assessment tables and triggers,
 * the reference data a first use seeds, the assessment history's hash chains ({@link HealthCheck}), and
 * the row counts. Exit 3 when anything is wrong.
 */
@Command(name = "check", resourceBundle = "tenken.assets.i18n.cli")
public final class CheckCommand extends TenkenCommand {

    @Override
    public Integer call() {
        TenkenDatabase database = options().open();
        CatalogueRepository repository = new CatalogueRepository(database);
        List<String> integrity = repository.integrityCheck();
        boolean sound = integrity.equals(List.of("ok"));
        out().println(Messages.get("cli.check.file", database.file()));
        out().println(Messages.get("cli.check.schema", database.schemaVersion()));
        out().println(Messages.get(sound ? "cli.check.integrityOk" : "cli.check.integrityFailed"));
        if (!sound) {
            integrity.forEach(line -> out().println("  " + line));
        }
        List<String> problems = new HealthCheck(database).problems();
        if (problems.isEmpty()) {
            out().println(Messages.get("cli.check.historyOk"));
        } else {
            out().println(Messages.get("cli.check.history", String.valueOf(problems.size())));
            problems.forEach(problem -> out().println("  " + problem));
        }
        if (database.readOnly()) {
            out().println(Messages.get("cli.check.readOnly", database.readOnlyReason()));
        }
        for (Map.Entry<String, Long> count : repository.rowCounts().entrySet()) {
            out().printf("  %-24s %8d%n", count.getKey(), count.getValue());
        }
        printConflicts(new TradeStatistics(database).conflicts());
        return sound && problems.isEmpty() ? TenkenCli.OK : TenkenCli.DATABASE_FAILURE;
    }

    /** Groups with both hand-entered and derived shares: the hand-entered ones are used, and the analyst should know. */
    private void printConflicts(List<SupplyShare.GroupKey> conflicts) {
        if (conflicts.isEmpty()) {
            return;
        }
        out().println(Messages.get("cli.check.conflicts", String.valueOf(conflicts.size())));
        for (SupplyShare.GroupKey group : conflicts) {
            out().println("  " + Messages.get("cli.check.conflict", group.material(), group.stage(), group.consumer(),
                    String.valueOf(group.year())));
        }
    }
}
