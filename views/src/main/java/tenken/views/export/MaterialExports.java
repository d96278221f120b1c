package tenken.views.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import tenken.assets.Messages;
import tenken.graph.layout.LayoutMonitor;
import tenken.graph.network.Item;
import tenken.graph.structure.SupplyEdge;
import tenken.graph.structure.SupplyGraph;
import tenken.graph.structure.SupplyGraphBuilder;
import tenken.graph.structure.SupplyNode;
import tenken.store.model.Material;
import tenken.store.model.Stage;
import tenken.views.chokepoint.SupplyNetworks;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.common.Names;
import tenken.views.dependency.DependencyCharts;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.DependencyChart;
import tenken.views.picture.Emphasis;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.PictureStyle;
import tenken.views.picture.SupplyNetwork;

/**
 * The pictures and graph files of one material (with its items) for one consumer, as the command line
 * exports them: the chokepoint screen's network scoped to the material, the dependency screen's chart,
 * and the engine's look-through supply graph.
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
            LayoutMonitor monitor) {
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

    /** The dependency chart, face value beside look-through exposure. */
    public ChartPicture chart(Material material, String consumer, PictureStyle style) {
        DependencyChart chart = DependencyCharts.of(analysis, material.key(), consumer, analysis.exposure(consumer));
        if (chart.panels().isEmpty()) {
            throw noData(material, Optional.empty(), consumer);
        }
        return ExportPictures.chart(chart, style);
    }

    /** The consumer's look-through supply graph of the material's items that have supply data. */
    public SupplyGraph supplyGraph(Material material, Optional<Stage> stage, String consumer) {
        Set<String> family = analysis.family(material.key());
        SupplyGraphBuilder builder = new SupplyGraphBuilder(analysis.data(), analysis.concentration());
        Graph<SupplyNode, SupplyEdge> union = new DefaultDirectedWeightedGraph<>(null, null);
        Set<SupplyNode> targets = new LinkedHashSet<>();
        Set<SupplyNode> origins = new LinkedHashSet<>();
        List<Item> items = new ArrayList<>();
        for (Item item : analysis.data().items()) {
            if (family.contains(item.material()) && stage.map(s -> s.key().equals(item.stage())).orElse(true)
                    && analysis.data().sourcing(consumer, item).isPresent()) {
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            throw noData(material, stage, consumer);
        }
        for (Item item : items) {
            SupplyGraph one = builder.lookThrough(consumer, item);
            Graphs.addGraph(union, one.graph());
            // Graphs.addGraph keeps the edges but not their weights, which are the shares.
            one.graph().edgeSet().forEach(edge -> union.setEdgeWeight(edge, one.graph().getEdgeWeight(edge)));
            targets.addAll(one.targets());
            origins.addAll(one.origins());
        }
        return new SupplyGraph(union, consumer, targets, origins);
    }

    /** Node labels for graph files: country names, and items with the country whose supply they are. */
    public Function<SupplyNode, String> labels() {
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
