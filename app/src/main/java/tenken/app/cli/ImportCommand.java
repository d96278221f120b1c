package tenken.app.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tenken.assets.Messages;
import tenken.store.csv.ImportMonitor;
import tenken.store.io.CatalogueImporter;
import tenken.store.io.FollowUpImporter;

/**
 * {@code tenken import FILE} reads a shares CSV; {@code tenken import --inputs FILE} reads input
 * relations; {@code tenken import --followup FILE} reads one follow-up table. All or nothing: any problem and nothing is written.
 */
@Command(name = "import", resourceBundle = "tenken.assets.i18n.cli")
public final class ImportCommand extends TenkenCommand {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = "--inputs", descriptionKey = "option.inputs")
    boolean inputs;

    @Option(names = "--followup", descriptionKey = "option.followup")
    boolean followUp;

    @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "option.encoding")
    Charset encoding;

    @Override
    public Integer call() {
        if (followUp) {
            FollowUpImporter.Summary summary = new FollowUpImporter(options().open()).importFile(file, encoding);
            out().println(Messages.get("cli.import.doneFollowUp", summary.file(), String.valueOf(summary.rows()),
                    Messages.get("followup.table." + summary.table().identifyingColumn()), summary.charset().name()));
            return TenkenCli.OK;
        }
        CatalogueImporter importer = new CatalogueImporter(options().open());
        CatalogueImporter.Summary summary = inputs
                ? importer.importInputs(file, encoding, ImportMonitor.NONE)
                : importer.importShares(file, encoding, ImportMonitor.NONE);
        out().println(Messages.get(inputs ? "cli.import.doneInputs" : "cli.import.doneShares", summary.file(),
                String.valueOf(summary.rows()), String.valueOf(summary.groups()), summary.charset().name()));
        return TenkenCli.OK;
    }
}
