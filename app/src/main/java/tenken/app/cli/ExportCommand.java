package tenken.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tenken.assets.Messages;
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
    public Integer call() throws IOException {
        if (inputs && materials) {
            throw new UserError(Messages.get("cli.import.oneKind"));
        }
        Catalogue catalogue = new CatalogueRepository(options().open()).load();
        // Written beside the target and moved into place, so a failed export never leaves half a file.
        Path absolute = out.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".tenken-export", ".csv");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                if (materials) {
                    CatalogueExporter.writeMaterials(catalogue, writer);
                } else if (inputs) {
                    CatalogueExporter.writeInputs(catalogue, writer);
                } else {
                    CatalogueExporter.writeShares(catalogue, writer);
                }
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        int rows = materials ? catalogue.materials().size() : inputs ? catalogue.inputs().size() : catalogue.shares().size();
        out().println(Messages.get("cli.export.done", absolute, String.valueOf(rows)));
        return TenkenCli.OK;
    }
}
