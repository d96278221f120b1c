package tenken.app.cli;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tenken.assets.Messages;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.repo.CatalogueRepository;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.export.ExportException;
import tenken.store.io.AtomicFile;
import tenken.views.export.ExportFormat;
import tenken.views.export.MaterialExports;
import tenken.views.export.Page;

/**
 * {@code tenken export-chart --material NAME [--consumer ISO3] --out FILE}: the dependency chart of a
 * material (face-value shares beside look-through exposure) as PNG, SVG, PDF or PowerPoint.
 */
@Command(name = "export-chart", resourceBundle = "tenken.assets.i18n.exports")
public final class ExportChartCommand extends TenkenCommand {

    static final Set<ExportFormat> FORMATS = EnumSet.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF,
            ExportFormat.PPTX);

    @Option(names = "--material", required = true, paramLabel = "NAME", descriptionKey = "option.exportMaterial")
    String material;

    @Option(names = "--consumer", paramLabel = "ISO3", defaultValue = Country.JAPAN,
            descriptionKey = "option.exportConsumer")
    String consumer;

    @Mixin
    PictureOptions picture;

    @Override
    public Integer call() throws IOException {
        ExportFormat format = picture.format(FORMATS);
        Catalogue catalogue = new CatalogueRepository(options().open()).load();
        CatalogueLookup lookup = new CatalogueLookup(catalogue);
        MaterialExports exports = new MaterialExports(AnalysisSnapshot.of(catalogue));
        try {
            Page page = Page.of(exports.chart(lookup.material(material), lookup.consumer(consumer),
                    picture.theme().style()), picture.stamp());
            AtomicFile.write(picture.out, out -> picture.exporter().write(List.of(page), format, out));
        } catch (ExportException e) {
            throw new UserError(e.getMessage());
        }
        out().println(Messages.get("export.done", picture.out.toAbsolutePath().toString(), format.extension()));
        return TenkenCli.OK;
    }
}
