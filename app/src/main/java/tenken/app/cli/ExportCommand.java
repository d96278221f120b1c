package tenken.app.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tenken.assets.Messages;
import tenken.store.io.AtomicFile;
import tenken.store.io.CatalogueExporter;
import tenken.store.model.Catalogue;
import tenken.store.repo.CatalogueRepository;

/**
 * {@code tenken export --out FILE} writes the shares (or with {@code --inputs}, the input relations;
 * with {@code --materials}, the materials) as CSV in the import formats.
 */
@Command(name = "export", resourceBundle = "tenken.assets.i18n.cli")
public final class ExportCommand extends TenkenCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.out")
    Path out;

    @Option(names = "--inputs", descriptionKey = "option.exportInputs")
    boolean inputs;

    @Option(names = "--materials", descriptionKey = "option.exportMaterials")
    boolean materials;

    @Override
    public Integer call() {
        if (inputs && materials) {
            throw new UserError(Messages.get("cli.import.oneKind"));
        }
        Catalogue catalogue = new CatalogueRepository(options().open()).load();
        Path absolute = out.toAbsolutePath();
        AtomicFile.write(absolute, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            if (materials) {
                CatalogueExporter.writeMaterials(catalogue, writer);
            } else if (inputs) {
                CatalogueExporter.writeInputs(catalogue, writer);
            } else {
                CatalogueExporter.writeShares(catalogue, writer);
            }
        });
        int rows = materials ? catalogue.materials().size() : inputs ? catalogue.inputs().size() : catalogue.shares().size();
        out().println(Messages.get("cli.export.done", absolute, rows));
        return TenkenCli.OK;
    }
}
