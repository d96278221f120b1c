package tenken.views.export;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tenken.assets.Messages;
import tenken.graph.concentration.Level;
import tenken.graph.network.Item;
import tenken.graph.structure.SupplyGraph;
import tenken.graph.structure.SupplyNode;
import tenken.store.model.Material;
import tenken.store.model.Stage;
import tenken.store.progress.ProgressMonitor;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.common.Names;
import tenken.views.model.DependencyCharts;
import tenken.views.model.SupplyNetworks;
import tenken.views.picture.DependencyChart;
import tenken.views.picture.Emphasis;
import tenken.views.picture.GraphFilter;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.PictureStyle;
import tenken.views.picture.SupplyNetwork;

/**
 * The pictures and graph files of one material (with its items) for one consumer, as the command line
 * exports them: the chokepoint screen's network scoped to the material, the dependency screen's chart,
 * and the engine's look-through supply graph; and the whole catalogue's graph, as the chokepoint screen
 * exports it.
 */
public final class MaterialExports {

    private final AnalysisSnapshot analysis;
    private final Names names;

    public MaterialExports(AnalysisSnapshot analysis) {
        this.analysis = analysis;
        this.names = new Names(analysis.catalogue());
    }

    /** The chokepoint graph of the material's items (of {@code stage}, if given) and everything upstream. */
    public GraphPicture graph(Material material, Optional<Stage> stage, String consumer, PictureStyle style,
            ProgressMonitor monitor) {
        SupplyNetwork scoped = MaterialScope.of(SupplyNetworks.of(analysis, consumer), analysis.family(material.key()),
                stage.map(Stage::key));
        if (scoped.edges().stream().noneMatch(edge -> edge.kind() == SupplyNetwork.EdgeKind.SUPPLY)) {
            throw noData(material, stage, consumer);
        }
        String name = names.material(material.key());
        String title = stage.map(s -> Messages.get("export.graph.titleStage", name, names.stage(s.key())))
                .orElseGet(() -> Messages.get("export.graph.title", name));
        return ExportPictures.graph(scoped, Emphasis.NONE, style, title,
                Messages.get("graph.subtitle", names.consumer(consumer)), monitor);
    }

    /**
     * The whole catalogue's chokepoint graph for {@code consumer} (items of {@code stage} only, if given), as
     * the chokepoint screen shows and exports it unfocused: its network, filter, title and subtitle, so
     * that the picture, its pages and slides and the graph files are the window's.
     */
    public ScreenExport.Graph catalogue(Optional<Stage> stage, String consumer) {
        GraphFilter filter = new GraphFilter(stage.map(s -> Set.of(s.key())).orElse(Set.of()), Level.INSUFFICIENT, 0);
        SupplyNetwork visible = SupplyNetworks.of(analysis, consumer).filtered(filter);
        if (visible.edges().stream().noneMatch(edge -> edge.kind() == SupplyNetwork.EdgeKind.SUPPLY)) {
            String scope = stage.map(s -> Messages.get("export.allMaterialsStage", names.stage(s.key())))
                    .orElseGet(() -> Messages.get("export.allMaterials"));
            throw new ExportException(Messages.get("export.error.noData", scope, names.consumer(consumer)));
        }
        return new ScreenExport.Graph(analysis, consumer, visible, Emphasis.NONE, Messages.get("graph.title"),
                Messages.get("graph.subtitle", names.consumer(consumer)));
    }

    /** The dependency chart, face value beside look-through exposure. */
    public ChartLayout chart(Material material, String consumer, PictureStyle style) {
        DependencyChart chart = DependencyCharts.of(analysis, material.key(), consumer, analysis.exposure(consumer));
        if (chart.panels().isEmpty()) {
            throw noData(material, Optional.empty(), consumer);
        }
        return ExportPictures.chart(chart, style);
    }

    /** The consumer's look-through supply graph of the material's items that have supply data. */
    public SupplyGraph supplyGraph(Material material, Optional<Stage> stage, String consumer) {
        Set<String> family = analysis.family(material.key());
        List<Item> items = analysis.data().items().stream()
                .filter(item -> family.contains(item.material()))
                .filter(item -> stage.map(s -> s.key().equals(item.stage())).orElse(true))
                .toList();
        SupplyGraph graph = SupplyGraphs.of(analysis, consumer, items);
        if (SupplyGraphs.isEmpty(graph)) {
            throw noData(material, stage, consumer);
        }
        return graph;
    }

    /** Node labels for graph files: country names, and items with the country whose supply they are. */
    public Function<SupplyNode, String> labels() {
        return labels(names);
    }

    static Function<SupplyNode, String> labels(Names names) {
        return node -> node.isCountry() ? names.country(node.iso3())
                : Messages.get("export.graphFile.itemLabel", names.item(new Item(node.material(), node.stage())),
                        names.country(node.iso3()));
    }
    private ExportException noData(Material material, Optional<Stage> stage, String consumer) {
        String name = stage.map(s -> names.item(new Item(material.key(), s.key())))
                .orElseGet(() -> names.material(material.key()));
        return new ExportException(Messages.get("export.error.noData", name, names.consumer(consumer)));
    }
}
