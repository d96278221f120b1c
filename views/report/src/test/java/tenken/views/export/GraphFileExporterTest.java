package tenken.views.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.graph.concentration.ConcentrationAnalysis;
import tenken.graph.concentration.Thresholds;
import tenken.graph.network.SupplyData;
import tenken.graph.structure.SupplyEdge;
import tenken.graph.structure.SupplyGraph;
import tenken.graph.structure.SupplyGraphBuilder;
import tenken.graph.structure.SupplyNode;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Catalogue;
import tenken.store.repo.CatalogueRepository;

/** GraphML and GEXF read back with jgrapht-io's importers give the same graph with the same attributes. */
class GraphFileExporterTest {

    @TempDir
    static Path dir;

    private static SupplyGraph graph;
    private static final Function<SupplyNode, String> LABELS = node -> node.isCountry() ? "国 " + node.iso3()
            : node.material() + "・" + node.stage();

    @BeforeAll
    static void japanSupply() {
        Catalogue catalogue = new CatalogueRepository(TenkenDatabase.open(dir.resolve("t.db"))).load();
        SupplyData data = SupplyData.of(catalogue);
        graph = new SupplyGraphBuilder(data, new ConcentrationAnalysis(data, Thresholds.from(catalogue)))
                .lookThrough("JPN");
        assertThat(graph.graph().vertexSet()).hasSizeGreaterThan(10);
        assertThat(graph.graph().edgeSet().stream().anyMatch(e -> !(e instanceof tenken.graph.structure.ShareEdge)))
                .as("the seed has input edges").isTrue();
    }

    @Test
    void graphMlReimportsIntoAnEqualGraphWithEqualAttributes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphFileExporter.writeGraphMl(graph, LABELS, out);

        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(true);
        assertEqualAfterImport(importer, importer, out);
    }

    @Test
    void gexfReimportsIntoAnEqualGraphWithEqualAttributes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphFileExporter.writeGexf(graph, LABELS, out);

        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("weight=\"0.");
        assertEqualAfterImport(importer, importer, out);
    }

    private static void assertEqualAfterImport(GraphImporter<String, DefaultEdge> importer,
            BaseEventDrivenImporter<String, DefaultEdge> events, ByteArrayOutputStream out) {
        Map<String, Map<String, String>> nodeAttributes = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> edgeAttributes = new HashMap<>();
        events.addVertexAttributeConsumer((pair, attribute) -> nodeAttributes
                .computeIfAbsent(pair.getFirst(), v -> new TreeMap<>()).put(pair.getSecond(), attribute.getValue()));
        events.addEdgeAttributeConsumer((pair, attribute) -> edgeAttributes
                .computeIfAbsent(pair.getFirst(), e -> new TreeMap<>()).put(pair.getSecond(), attribute.getValue()));
        Graph<String, DefaultEdge> imported = new DirectedPseudograph<>(DefaultEdge.class);

        importer.importGraph(imported, new StringReader(out.toString(StandardCharsets.UTF_8)));

        Graph<SupplyNode, SupplyEdge> original = graph.graph();
        Map<SupplyNode, String> ids = GraphFileExporter.ids(graph);
        assertThat(java.util.Set.copyOf(ids.values())).hasSameSizeAs(original.vertexSet());
        Map<String, Map<String, String>> expectedNodes = new HashMap<>();
        original.vertexSet().forEach(node -> expectedNodes.put(ids.get(node),
                strings(GraphFileExporter.nodeAttributes(node, LABELS))));
        assertThat(imported.vertexSet()).isEqualTo(expectedNodes.keySet());
        expectedNodes.forEach((id, attributes) -> assertThat(withoutImporterKeys(nodeAttributes.get(id)))
                .as(id).isEqualTo(attributes));

        Map<String, Map<String, String>> expectedEdges = new HashMap<>();
        original.edgeSet().forEach(edge -> expectedEdges.put(ids.get(edge.from()) + " -> " + ids.get(edge.to()),
                strings(GraphFileExporter.edgeAttributes(edge))));
        Map<String, Map<String, String>> importedEdges = new HashMap<>();
        imported.edgeSet().forEach(edge -> importedEdges.put(imported.getEdgeSource(edge) + " -> "
                + imported.getEdgeTarget(edge), withoutImporterKeys(edgeAttributes.get(edge))));
        assertThat(importedEdges).isEqualTo(expectedEdges);
    }

    private static Map<String, String> strings(Map<String, Attribute> attributes) {
        Map<String, String> result = new TreeMap<>();
        attributes.forEach((name, attribute) -> result.put(name, attribute.getValue()));
        return result;
    }

    /** The importers also report the element's id and, for edges, the weight and end points they read. */
    private static Map<String, String> withoutImporterKeys(Map<String, String> attributes) {
        Map<String, String> result = new TreeMap<>(attributes);
        result.keySet().removeAll(java.util.Set.of("ID", "id", "weight", "source", "target"));
        return result;
    }
}
