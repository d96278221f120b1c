package tenken.views.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import tenken.assets.Messages;
import tenken.graph.structure.ShareEdge;
import tenken.graph.structure.SupplyEdge;
import tenken.graph.structure.SupplyGraph;
import tenken.graph.structure.SupplyNode;
import tenken.store.io.XmlText;

/**
 * The chokepoint graph as GraphML or GEXF, for Gephi and NetworkX: nodes with {@code label},
 * {@code kind} (country or item), {@code iso3}, {@code material} and {@code stage}; edges with
 * {@code kind} (share or input), {@code share}, {@code year}, {@code data_source} and {@code level}. An
 * attribute a node or edge does not have (a country's material, an input edge's share) is left out
 * rather than written empty, so that readers see it as missing, not as zero.
 *
 * <p>Node ids are {@link SupplyNode#id()} made into XML name tokens (GraphML requires them): characters
 * other than letters, digits, {@code . - : _} become {@code _}, and should two ids then coincide, the
 * later gets {@code .2}, {@code .3}…; the attributes keep the exact keys.
 */
public final class GraphFileExporter {

    public static final String LABEL = "label";
    public static final String KIND = "kind";
    public static final String ISO3 = "iso3";
    public static final String MATERIAL = "material";
    public static final String STAGE = "stage";
    public static final String SHARE = "share";
    public static final String YEAR = "year";
    /** Not "source": GEXF reserves that for an edge's end point. */
    public static final String SOURCE = "data_source";
    public static final String LEVEL = "level";
    public static final String SHARE_EDGE = "share";
    public static final String INPUT_EDGE = "input";

    private GraphFileExporter() {
    }

    /** GraphML; {@code labels} names each node in the session language. */
    public static void writeGraphMl(SupplyGraph graph, Function<SupplyNode, String> labels, OutputStream out) {
        GraphMLExporter<SupplyNode, SupplyEdge> exporter = new GraphMLExporter<>(ids(graph)::get);
        // GraphML keys are registered by name alone: "kind" serves nodes and edges alike.
        exporter.registerAttribute(KIND, GraphMLExporter.AttributeCategory.ALL, AttributeType.STRING);
        exporter.registerAttribute(LABEL, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute(ISO3, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute(MATERIAL, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute(STAGE, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute(SHARE, GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        exporter.registerAttribute(YEAR, GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
        exporter.registerAttribute(SOURCE, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute(LEVEL, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(node -> nodeAttributes(node, labels));
        exporter.setEdgeAttributeProvider(GraphFileExporter::edgeAttributes);
        exporter.exportGraph(graph.graph(), writer(out));
    }

    /** GEXF 1.2, Gephi's own format; edges also carry their share as Gephi's weight. */
    public static void writeGexf(SupplyGraph graph, Function<SupplyNode, String> labels, OutputStream out) {
        GEXFExporter<SupplyNode, SupplyEdge> exporter = new GEXFExporter<>(ids(graph)::get, new EdgeIds());
        exporter.setCreator(Messages.get("export.creator"));
        exporter.setDescription(Messages.get("export.graphFile.description", graph.consumer()));
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        exporter.registerAttribute(KIND, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute(ISO3, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute(MATERIAL, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute(STAGE, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute(KIND, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.registerAttribute(SHARE, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
        exporter.registerAttribute(YEAR, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
        exporter.registerAttribute(SOURCE, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.registerAttribute(LEVEL, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.setVertexAttributeProvider(node -> nodeAttributes(node, labels));
        exporter.setEdgeAttributeProvider(GraphFileExporter::edgeAttributes);
        exporter.exportGraph(graph.graph(), writer(out));
    }

    /** The id each node gets in the files. */
    public static Map<SupplyNode, String> ids(SupplyGraph graph) {
        Map<SupplyNode, String> ids = new LinkedHashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (SupplyNode node : graph.graph().vertexSet()) {
            String base = nameToken(node.id());
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "." + n;
            }
            ids.put(node, id);
        }
        return ids;
    }

    private static String nameToken(String text) {
        StringBuilder token = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            token.append(Character.isLetterOrDigit(c) || ".-:_".indexOf(c) >= 0 ? c : '_');
        }
        return token.toString();
    }

    /** The attributes written for a node; the tests compare re-imported files against these. */
    public static Map<String, Attribute> nodeAttributes(SupplyNode node, Function<SupplyNode, String> labels) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put(LABEL, DefaultAttribute.createAttribute(XmlText.clean(labels.apply(node))));
        attributes.put(KIND, DefaultAttribute.createAttribute(node.kind().key()));
        attributes.put(ISO3, DefaultAttribute.createAttribute(XmlText.clean(node.iso3())));
        if (node.material() != null) {
            attributes.put(MATERIAL, DefaultAttribute.createAttribute(XmlText.clean(node.material())));
        }
        if (node.stage() != null) {
            attributes.put(STAGE, DefaultAttribute.createAttribute(XmlText.clean(node.stage())));
        }
        return attributes;
    }

    /** The attributes written for an edge. */
    public static Map<String, Attribute> edgeAttributes(SupplyEdge edge) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        if (edge instanceof ShareEdge share) {
            attributes.put(KIND, DefaultAttribute.createAttribute(SHARE_EDGE));
            attributes.put(SHARE, DefaultAttribute.createAttribute(share.share()));
            attributes.put(YEAR, DefaultAttribute.createAttribute(share.year()));
            attributes.put(SOURCE, DefaultAttribute.createAttribute(XmlText.clean(share.source())));
            attributes.put(LEVEL, DefaultAttribute.createAttribute(share.level().key()));
        } else {
            attributes.put(KIND, DefaultAttribute.createAttribute(INPUT_EDGE));
        }
        return attributes;
    }

    private static Writer writer(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    /** Edge ids e0, e1, … in the order the exporter meets the edges. */
    private static final class EdgeIds implements Function<SupplyEdge, String> {
        private int next;

        @Override
        public String apply(SupplyEdge edge) {
            return "e" + next++;
        }
    }
}
