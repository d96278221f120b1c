package tenken.app.cli;

import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tenken.assets.Messages;
import tenken.graph.concentration.Thresholds;
import tenken.store.io.AtomicFile;
import tenken.store.model.Catalogue;
import tenken.store.repo.CatalogueRepository;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.export.ExportFormat;
import tenken.views.export.ExportPictures;
import tenken.views.export.Page;
import tenken.views.model.Strengths;
import tenken.views.model.StrengthsText;

/**
 * {@code tenken export-leverage [--min-share S] --out FILE}: Japan's strengths, as {@code leverage} lists
 * them, as a picture for briefings (PNG, SVG, PDF or PowerPoint), the same picture the strengths screen
 * exports.
 */
@Command(name = "export-leverage", resourceBundle = "tenken.assets.i18n.exports")
public final class ExportLeverageCommand extends TenkenCommand {

    @Option(names = "--min-share", paramLabel = "S", descriptionKey = "option.minShare")
    Double minShare;

    @Mixin
    PictureOptions picture;

    @Override
    public Integer call() throws IOException {
        ExportFormat format = picture.format(ExportChartCommand.FORMATS);
        Catalogue catalogue = new CatalogueRepository(options().open()).load();
        Thresholds thresholds = AnalyzeCommand.thresholds(catalogue);
        double minimum = LeverageCommand.minimum(minShare, thresholds);
        Strengths strengths = Strengths.of(AnalysisSnapshot.of(catalogue), minimum);
        Page page = Page.of(ExportPictures.strengths(strengths.chart(new StrengthsText(catalogue, Messages.locale())),
                picture.theme().style()), picture.stamp());
        AtomicFile.write(picture.out.toAbsolutePath(), out -> picture.exporter().write(List.of(page), format, out));
        out().println(Messages.get("export.done", picture.out.toAbsolutePath().toString(), format.extension()));
        return TenkenCli.OK;
    }
}
