package tenken.app.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tenken.assets.Messages;
import tenken.store.csv.Encodings;
import tenken.store.io.CatalogueImporter;
import tenken.store.io.FollowUpImporter;
import tenken.store.progress.ProgressMonitor;

/**
 * {@code tenken import FILE} reads a shares CSV; {@code tenken import --inputs FILE} reads input
 * relations; {@code tenken import --materials FILE} declares materials; {@code tenken import --followup
 * FILE} reads one follow-up table. All or nothing: any problem and nothing is written.
 */
@Command(name = "import", resourceBundle = "tenken.assets.i18n.cli")
public final class ImportCommand extends TenkenCommand {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = "--inputs", descriptionKey = "option.inputs")
    boolean inputs;

    @Option(names = "--materials", descriptionKey = "option.materials")
    boolean materials;

    @Option(names = "--followup", descriptionKey = "option.followup")
    boolean followUp;

    @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "option.encoding")
    String encoding;

    @Override
    public Integer call() {
        if ((inputs ? 1 : 0) + (materials ? 1 : 0) + (followUp ? 1 : 0) > 1) {
            throw new UserError(Messages.get("cli.import.oneKind"));
        }
        Charset charset = Encodings.named(encoding);
        if (followUp) {
            FollowUpImporter.Summary summary = new FollowUpImporter(options().open()).importFile(file, charset);
            out().println(Messages.get("cli.import.doneFollowUp", summary.file(), summary.rows(),
                    Messages.get("followup.table." + summary.table().identifyingColumn()), summary.charset().name()));
            return TenkenCli.OK;
        }
        CatalogueImporter importer = new CatalogueImporter(options().open());
        CatalogueImporter.Summary summary = materials ? importer.importMaterials(file, charset, ProgressMonitor.NONE)
                : inputs ? importer.importInputs(file, charset, ProgressMonitor.NONE)
                : importer.importShares(file, charset, ProgressMonitor.NONE);
        String done = materials ? "cli.import.doneMaterials" : inputs ? "cli.import.doneInputs" : "cli.import.doneShares";
        out().println(Messages.get(done, summary.file(), summary.rows(), summary.groups(),
                summary.charset().name()));
        return TenkenCli.OK;
    }
}
