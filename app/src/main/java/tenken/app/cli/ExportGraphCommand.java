package tenken.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tenken.assets.Messages;
import tenken.graph.structure.SupplyGraph;
import tenken.store.io.AtomicFile;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.model.Stage;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueRepository;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.export.ExportException;
import tenken.views.export.ExportFormat;
import tenken.views.export.ExportRequest;
import tenken.views.export.GraphFileExporter;
import tenken.views.export.MaterialExports;
import tenken.views.export.Page;

/**
 * {@code tenken export-graph (--material NAME | --all) [--stage S] [--consumer ISO3] --out FILE}: the
 * chokepoint graph of a material, or of the whole catalogue as the chokepoint screen exports it, as a
 * picture (PNG, SVG, PDF, PowerPoint), or its look-through supply graph as GraphML or GEXF.
 */
@Command(name = "export-graph", resourceBundle = "tenken.assets.i18n.exports")
public final class ExportGraphCommand extends TenkenCommand {

    static final Set<ExportFormat> FORMATS = EnumSet.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF,
            ExportFormat.PPTX, ExportFormat.GRAPHML, ExportFormat.GEXF);

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    /** Exactly one of a material and the whole catalogue. */
    static final class Scope {

        @Option(names = "--material", required = true, paramLabel = "NAME", descriptionKey = "option.exportMaterial")
        String material;

        @Option(names = "--all", required = true, descriptionKey = "option.exportAll")
        boolean all;
    }

    @Option(names = "--stage", paramLabel = "STAGE", descriptionKey = "option.exportStage")
    String stage;

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
        Optional<Material> chosen = scope.all ? Optional.empty() : Optional.of(lookup.material(scope.material));
        Optional<Stage> chosenStage = Optional.ofNullable(stage).map(lookup::stage);
        String consumerCode = lookup.consumer(consumer);
        MaterialExports exports = new MaterialExports(AnalysisSnapshot.of(catalogue));
        Path target = picture.out;
        try {
            if (chosen.isEmpty()) {
                // The window's export of the chokepoint screen: the same pages, slides and graph files.
                new ExportRequest(List.of(exports.catalogue(chosenStage, consumerCode)), format, picture.theme(),
                        picture.exporter(), picture.stamp(), target).run(ProgressMonitor.NONE);
            } else {
                write(exports, chosen.get(), chosenStage, consumerCode, format, target);
            }
        } catch (ExportException e) {
            throw new UserError(e.getMessage());
        }
        out().println(Messages.get("export.done", target.toAbsolutePath().toString(), format.extension()));
        return TenkenCli.OK;
    }

    /** One material's graph, or its look-through supply graph as a graph file. */
    private void write(MaterialExports exports, Material chosen, Optional<Stage> chosenStage, String consumerCode,
            ExportFormat format, Path target) throws IOException {
        if (format.kind() == ExportFormat.Kind.GRAPH) {
            SupplyGraph graph = exports.supplyGraph(chosen, chosenStage, consumerCode);
            AtomicFile.write(target, out -> {
                if (format == ExportFormat.GRAPHML) {
                    GraphFileExporter.writeGraphMl(graph, exports.labels(), out);
                } else {
                    GraphFileExporter.writeGexf(graph, exports.labels(), out);
                }
            });
        } else {
            Page page = Page.of(exports.graph(chosen, chosenStage, consumerCode, picture.theme().style(),
                    ProgressMonitor.NONE), picture.stamp());
            AtomicFile.write(target, out -> picture.exporter().write(List.of(page), format, out));
        }
    }
}
