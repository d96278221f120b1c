package tenken.views.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tenken.assets.Messages;
import tenken.graph.concentration.Level;
import tenken.graph.format.Percent;
import tenken.graph.layout.LayeredGraph;
import tenken.graph.layout.LayeredLayout;
import tenken.graph.layout.Layout;

/**
 * Turns a {@link SupplyNetwork} and its layout into a {@link GraphPicture} in one {@link PictureStyle}:
 * sizes nodes for their labels, routes edges as curves from the right side of the upstream node to the
 * left side of the downstream one, gives each edge its level's colour, dash and a width proportional
 * to its share, marks chokepoints and cut countries, dims what the emphasis leaves out, says in words where
 * world production stands in for the consumer's own shares, and writes the legend and the footnote.
 */
public final class GraphPictureBuilder {

    private final PictureStyle style;

    public GraphPictureBuilder(PictureStyle style) {
        this.style = style;
    }

    public PictureStyle style() {
        return style;
    }

    /** The network as a graph to lay out: node heights from the style, edges pulling by their share. */
    public LayeredGraph layeredGraph(SupplyNetwork network) {
        LayeredGraph.Builder builder = LayeredGraph.builder();
        Map<String, Integer> index = new HashMap<>();
        for (SupplyNetwork.Node node : network.nodes()) {
            index.put(node.id(), builder.node(node.id(), node.layer(), height(node), node.orderHint()));
        }
        for (SupplyNetwork.Edge edge : network.edges()) {
            Integer from = index.get(edge.from());
            Integer to = index.get(edge.to());
            if (from != null && to != null && !from.equals(to)) {
                // Input edges pull like a half share: they matter, but supply shares carry the picture.
                builder.edge(from, to, edge.kind() == SupplyNetwork.EdgeKind.INPUT ? 0.5 : Math.max(0.01, edge.share()));
            }
        }
        return builder.build();
    }

    /** Room for the curves between columns, in type sizes. */
    public static final double CURVE_ROOM = 10;

    /** Column spacing wide enough for the widest item box plus room for the curves between columns. */
    public LayeredLayout.Options layoutOptions(SupplyNetwork network) {
        return layoutOptions(network, CURVE_ROOM);
    }

    /** As {@link #layoutOptions(SupplyNetwork)}, with {@code curveRoom} type sizes for the curves. */
    public LayeredLayout.Options layoutOptions(SupplyNetwork network, double curveRoom) {
        double widest = network.nodes().stream().filter(n -> n.kind() == SupplyNetwork.Kind.ITEM)
                .mapToDouble(n -> itemWidth(itemLabel(n))).max().orElse(0);
        double layerGap = Math.max(widest, style.countryDiameter()) + curveRoom * style.fontSize();
        return new LayeredLayout.Options(layerGap, style.fontSize() * 0.7, LayeredLayout.Options.DEFAULT.sweeps(),
                LayeredLayout.Options.DEFAULT.passes());
    }

    private double height(SupplyNetwork.Node node) {
        return node.kind() == SupplyNetwork.Kind.COUNTRY ? style.countryDiameter() : itemHeight(itemLabel(node));
    }

    /**
     * An item's label as drawn: its name in lines of at most {@link PictureStyle#itemLabelWidth()}, and where
     * world production stands in for the consumer's own shares, a line below saying so, so that the box says it
     * in words on screen, on every page and in every export; in a style with short marks (the projector), a
     * sign after the name instead, which the subtitle explains in words.
     */
    private String itemLabel(SupplyNetwork.Node node) {
        if (node.worldStandsIn() && style.shortMarks()) {
            return wrapped(Messages.get("graph.worldStandsInSigned", node.label()));
        }
        String name = wrapped(node.label());
        return node.worldStandsIn() ? name + "\n" + Messages.get("graph.worldStandsInMark") : name;
    }

    private String wrapped(String label) {
        return String.join("\n", style.wrap(label, style.fontSize(), style.itemLabelWidth()));
    }

    /**
     * The subtitle with, when world production stands in for some of the graph's items, a line of its own
     * saying for how many and how their boxes are marked.
     */
    private String subtitle(String subtitle, SupplyNetwork network) {
        if (network.worldStandsIn() == 0) {
            return subtitle;
        }
        String note = Messages.get(style.shortMarks() ? "graph.worldStandsInSignNote" : "graph.worldStandsInNote",
                network.consumer(), network.worldStandsIn());
        return subtitle.isBlank() ? note : subtitle + "\n" + note;
    }

    /** An item's box: as wide as its widest label line, one {@link PictureStyle#lineHeight()} taller per extra line. */
    private double itemWidth(String label) {
        double widest = label.lines().mapToDouble(line -> style.textWidth(line, style.fontSize())).max().orElse(0);
        return widest + 1.6 * style.fontSize();
    }

    private double itemHeight(String label) {
        return style.itemHeight() + (Math.max(1, label.lines().count()) - 1) * style.lineHeight();
    }

    /**
     * The picture. {@code moved} holds positions the user dragged nodes to (by id), overriding the
     * layout; {@code layout} is indexed as {@code graph}, which {@link #layeredGraph} made from
     * {@code network} or a network containing it.
     */
    public GraphPicture build(SupplyNetwork network, LayeredGraph graph, Layout layout, Emphasis emphasis,
            Map<String, Point> moved, String title, String subtitle) {
        Map<String, PictureNode> placed = new HashMap<>();
        List<PictureNode> nodes = new ArrayList<>();
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (SupplyNetwork.Node node : network.nodes()) {
            int index = graph.index(node.id());
            if (index < 0) {
                continue;
            }
            Point at = moved.getOrDefault(node.id(), new Point(layout.x(index), layout.y(index)));
            PictureNode drawn = node(node, at, emphasis);
            placed.put(node.id(), drawn);
            nodes.add(drawn);
            double left = drawn.labelPlacement() == LabelPlacement.LEFT
                    ? drawn.x() - drawn.width() / 2 - labelGap() - style.textWidth(drawn.label(), style.fontSize())
                    : drawn.x() - drawn.width() / 2;
            minX = Math.min(minX, left);
            maxX = Math.max(maxX, drawn.x() + drawn.width() / 2 + markerRoom());
            minY = Math.min(minY, drawn.y() - drawn.height() / 2 - markerRoom());
            maxY = Math.max(maxY, drawn.y() + drawn.height() / 2);
        }
        List<PictureEdge> edges = new ArrayList<>();
        for (SupplyNetwork.Edge edge : network.edges()) {
            PictureNode from = placed.get(edge.from());
            PictureNode to = placed.get(edge.to());
            if (from != null && to != null && from != to) {
                edges.add(edge(edge, from, to, emphasis));
            }
        }
        // Dimmed first, then input edges, then levels from least to most severe: critical ends on top.
        edges.sort(Comparator.<PictureEdge>comparingInt(e -> e.opacity() < 1 ? 0 : 1)
                .thenComparingInt(e -> e.color().equals(style.inputEdge()) ? 0 : 1)
                .thenComparingInt(e -> -e.level().ordinal()));
        nodes.sort(Comparator.comparingInt(n -> n.opacity() < 1 ? 0 : 1));
        if (nodes.isEmpty()) {
            minX = minY = maxX = maxY = 0;
        }
        return new GraphPicture(title, subtitle(subtitle, network),
                Footnotes.of(network.sources(), network.vintage(), network.consumer()),
                minX, minY, maxX, maxY, nodes, edges, legend(network, !emphasis.cut().isEmpty()), style);
    }

    private double labelGap() {
        return style.fontSize() * 0.4;
    }

    private double markerRoom() {
        return style.fontSize() * 0.8;
    }

    private PictureNode node(SupplyNetwork.Node node, Point at, Emphasis emphasis) {
        boolean country = node.kind() == SupplyNetwork.Kind.COUNTRY;
        Marker marker = emphasis.cut().contains(node.id()) ? Marker.CUT
                : node.chokepoint() ? Marker.CHOKEPOINT : Marker.NONE;
        double opacity = emphasis.dims(node.id()) ? style.dimOpacity() : 1;
        if (country) {
            return new PictureNode(node.id(), NodeShape.CIRCLE, at.x(), at.y(), style.countryDiameter(),
                    style.countryDiameter(), node.label(), LabelPlacement.LEFT, style.countryFill(), style.nodeStroke(),
                    style.nodeStrokeWidth(), style.text(), marker, opacity, node.detail());
        }
        // The box's border repeats the item's level: colour and a heavier line for critical.
        boolean severe = node.level() == Level.CRITICAL || node.level() == Level.HIGH;
        String stroke = severe ? style.color(node.level()) : style.nodeStroke();
        double strokeWidth = style.nodeStrokeWidth() * (node.level() == Level.CRITICAL ? 2.5 : severe ? 1.8 : 1);
        String label = itemLabel(node);
        return new PictureNode(node.id(), NodeShape.ROUNDED_BOX, at.x(), at.y(), itemWidth(label),
                itemHeight(label), label, LabelPlacement.INSIDE, style.itemFill(), stroke, strokeWidth,
                style.text(), marker, opacity, node.detail());
    }

    private PictureEdge edge(SupplyNetwork.Edge edge, PictureNode from, PictureNode to, Emphasis emphasis) {
        double startX = from.x() + from.width() / 2;
        double endX = to.x() - to.width() / 2;
        double endSide = -1;
        if (endX <= startX) {
            // Same column or backwards: leave and enter on the right, looping outwards.
            endX = to.x() + to.width() / 2;
            endSide = 1;
        }
        double reach = Math.max(4 * style.fontSize(), Math.abs(endX - startX) / 2);
        List<Point> points = List.of(new Point(startX, from.y()), new Point(startX + reach, from.y()),
                new Point(endX + endSide * reach, to.y()), new Point(endX, to.y()));
        boolean input = edge.kind() == SupplyNetwork.EdgeKind.INPUT;
        double width = input ? style.edgeMinWidth() * 1.5 : style.edgeWidth(edge.share());
        String color = input ? style.inputEdge() : style.color(edge.level());
        List<Double> dash = input ? List.of() : style.dash(edge.level());
        boolean dim = emphasis.dims(edge.from()) || emphasis.dims(edge.to());
        return new PictureEdge(edge.from(), edge.to(), points, width, color, dash, input ? Level.NORMAL : edge.level(),
                dim ? style.dimOpacity() : 1, edge.detail());
    }

    private List<LegendEntry> legend(SupplyNetwork network, boolean withCut) {
        String critical = Percent.of(network.criticalShare());
        String high = Percent.of(network.highShare());
        List<LegendEntry> legend = new ArrayList<>();
        legend.add(new LegendEntry(LegendEntry.Symbol.LINE, Messages.get("legend.critical", critical), style.critical(),
                style.edgeWidth(0.9), style.dash(Level.CRITICAL)));
        legend.add(new LegendEntry(LegendEntry.Symbol.LINE, Messages.get("legend.high", high, critical), style.high(),
                style.edgeWidth(0.6), style.dash(Level.HIGH)));
        legend.add(new LegendEntry(LegendEntry.Symbol.LINE, Messages.get("legend.normal", high), style.normal(),
                style.edgeWidth(0.2), style.dash(Level.NORMAL)));
        legend.add(new LegendEntry(LegendEntry.Symbol.LINE, Messages.get("legend.insufficient"), style.insufficient(),
                style.edgeWidth(0.2), style.dash(Level.INSUFFICIENT)));
        legend.add(new LegendEntry(LegendEntry.Symbol.LINE, Messages.get("legend.input"), style.inputEdge(),
                style.edgeMinWidth() * 1.5, List.of()));
        legend.add(new LegendEntry(LegendEntry.Symbol.COUNTRY, Messages.get("legend.country"), style.countryFill(), 0,
                List.of()));
        legend.add(new LegendEntry(LegendEntry.Symbol.ITEM, Messages.get("legend.item"), style.itemFill(), 0, List.of()));
        legend.add(new LegendEntry(LegendEntry.Symbol.CHOKEPOINT, Messages.get("legend.chokepoint"), style.chokepoint(),
                0, List.of()));
        if (withCut) {
            legend.add(new LegendEntry(LegendEntry.Symbol.CUT, Messages.get("legend.cut"), style.critical(), 0, List.of()));
        }
        legend.add(new LegendEntry(LegendEntry.Symbol.LINE, Messages.get("legend.width"), style.subtleText(),
                style.edgeWidth(0.5), List.of()));
        return legend;
    }
}
