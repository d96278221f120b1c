package tenken.views.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import tenken.assets.Messages;
import tenken.graph.concentration.Level;
import tenken.graph.format.Percent;
import tenken.graph.layout.LayeredGraph;
import tenken.graph.layout.LayeredLayout;
import tenken.graph.layout.Layout;
import tenken.store.progress.ProgressMonitor;

/**
 * A graph for the projector as pages that each fit a room whole at the style's type size (issue 13 item 2:
 * "a projector graph shows fewer, larger things: collapse or page what does not fit rather than shrink it").
 *
 * <p>When the network fits whole it is one page. Otherwise items are paged by designated material
 * ({@link SupplyNetwork.Node#group()}, in catalogue order, upstream items first): a page takes the next items
 * of its material for as long as the laid-out page still fits, and a material never shares a page with
 * another, so that a presenter can say "page 3: batteries". On each page the suppliers that do not fit are
 * collapsed: the countries with the largest share into the page's items stay (and any country in
 * {@code keep}, such as a scenario's cut, always stays); the rest become one node
 * "{@value #OTHERS_ID}", drawn like a country, with one edge per item whose width is the summed share of the
 * countries it stands for. Its tooltip lists them with their shares, years and sources. Input edges are kept
 * between items on the same page; columns are renumbered so that a page has no empty column.
 *
 * <p>Fitting is measured, not estimated: each candidate page is laid out and drawn
 * ({@link GraphPictureBuilder#build}), and fits when its picture's bounds lie within the room. A single item
 * whose page cannot fit even with all its suppliers collapsed (a label wider than the room) gets a page of
 * its own with all of them collapsed: nothing is ever shrunk.
 */
public final class GraphPager {

    /** The id of the collapsed node: not an ISO 3166 code, so it never clashes with a country. */
    public static final String OTHERS_ID = "*others";

    /** A page: its network and that network's layout. */
    public record Page(SupplyNetwork network, LayeredGraph graph, Layout layout) {
    }

    private final GraphPictureBuilder builder;

    public GraphPager(GraphPictureBuilder builder) {
        this.builder = builder;
    }

    /** The whole network as one page, laid out as the desk shows it (with progress and cancel). */
    public Page whole(SupplyNetwork network, ProgressMonitor monitor) {
        LayeredGraph graph = builder.layeredGraph(network);
        return new Page(network, graph, LayeredLayout.compute(graph, builder.layoutOptions(network), monitor));
    }

    /**
     * The pages, each fitting {@code width} × {@code height} (picture units).
     *
     * @param items the items to show, by id (empty, or none of them in {@code network}: every item); their
     *     materials' pages come in the order of the first item of each material in this set's iteration order
     * @param keep countries never collapsed
     * @param cancelled polled between pages; when true, the paging stops with a {@link CancellationException}
     */
    public List<Page> pages(SupplyNetwork network, Set<String> items, Set<String> keep, double width, double height,
            BooleanSupplier cancelled) {
        if (items.isEmpty()) {
            Page whole = whole(network, ProgressMonitor.NONE);
            if (fits(whole, width, height)) {
                return List.of(whole);
            }
        }
        boolean chosen = network.nodes().stream().anyMatch(n -> n.kind() == SupplyNetwork.Kind.ITEM && items.contains(n.id()));
        Map<Long, List<SupplyNetwork.Node>> groups = new LinkedHashMap<>();
        network.nodes().stream()
                .filter(n -> n.kind() == SupplyNetwork.Kind.ITEM && (!chosen || items.contains(n.id())))
                .sorted(Comparator.comparingLong(SupplyNetwork.Node::group).thenComparingInt(SupplyNetwork.Node::layer)
                        .thenComparingDouble(SupplyNetwork.Node::orderHint).thenComparing(SupplyNetwork.Node::label))
                .forEach(n -> groups.computeIfAbsent(n.group(), g -> new ArrayList<>()).add(n));
        List<List<SupplyNetwork.Node>> ordered = new ArrayList<>(groups.values());
        if (chosen) {
            // A scenario passes what the cut reaches ranked, worst first: its materials' pages come in that order
            // (a stable sort, so ties keep the catalogue's).
            List<String> ranking = List.copyOf(items);
            ordered.sort(Comparator.comparingInt(group -> group.stream().mapToInt(n -> ranking.indexOf(n.id()))
                    .filter(i -> i >= 0).min().orElse(Integer.MAX_VALUE)));
        }
        List<Page> pages = new ArrayList<>();
        for (List<SupplyNetwork.Node> group : ordered) {
            List<SupplyNetwork.Node> current = new ArrayList<>();
            Page fitting = null;
            for (SupplyNetwork.Node item : group) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                List<SupplyNetwork.Node> candidate = new ArrayList<>(current);
                candidate.add(item);
                Page page = fitting(network, candidate, keep, width, height);
                if (page != null) {
                    current = candidate;
                    fitting = page;
                    continue;
                }
                if (fitting != null) {
                    pages.add(fitting);
                }
                current = new ArrayList<>(List.of(item));
                fitting = fitting(network, current, keep, width, height);
                if (fitting == null) {
                    pages.add(page(network, current, keep, 0, width));
                    current = new ArrayList<>();
                }
            }
            if (fitting != null) {
                pages.add(fitting);
            }
        }
        return pages;
    }

    /** Whether a page's picture lies within {@code width} × {@code height}. */
    public boolean fits(Page page, double width, double height) {
        GraphPicture picture = builder.build(page.network(), page.graph(), page.layout(), Emphasis.NONE, Map.of(), "", "");
        return picture.maxX() - picture.minX() <= width && picture.maxY() - picture.minY() <= height;
    }

    /**
     * The page of {@code items} with as many of their suppliers as fit, or null when none fits. Collapsing a
     * single country would show no fewer things, so the count kept drops from all to all but two.
     */
    private Page fitting(SupplyNetwork network, List<SupplyNetwork.Node> items, Set<String> keep, double width,
            double height) {
        int suppliers = ranked(network, ids(items), keep).size();
        for (int kept = suppliers; kept >= 0; kept = kept == suppliers ? kept - 2 : kept - 1) {
            Page page = page(network, items, keep, kept, width);
            if (fits(page, width, height)) {
                return page;
            }
        }
        return null;
    }

    private static Set<String> ids(List<SupplyNetwork.Node> items) {
        Set<String> ids = new LinkedHashSet<>();
        items.forEach(item -> ids.add(item.id()));
        return ids;
    }

    /** Suppliers of {@code items}: those in {@code keep} first, then by their largest share into them, then by name. */
    private static List<String> ranked(SupplyNetwork network, Set<String> items, Set<String> keep) {
        Map<String, Double> largest = new HashMap<>();
        for (SupplyNetwork.Edge edge : network.edges()) {
            if (edge.kind() == SupplyNetwork.EdgeKind.SUPPLY && items.contains(edge.to())) {
                largest.merge(edge.from(), edge.share(), Math::max);
            }
        }
        return largest.keySet().stream().sorted(Comparator.<String>comparingInt(c -> keep.contains(c) ? 0 : 1)
                .thenComparing(c -> -largest.get(c)).thenComparing(c -> label(network, c))).toList();
    }

    private static String label(SupplyNetwork network, String id) {
        SupplyNetwork.Node node = network.node(id);
        return node == null ? id : node.label();
    }

    /**
     * The page of {@code items} keeping the first {@code kept} ranked suppliers (and every one in {@code keep})
     * and collapsing the rest into one node.
     */
    Page page(SupplyNetwork network, List<SupplyNetwork.Node> items, Set<String> keep, int kept, double width) {
        Set<String> itemIds = ids(items);
        List<String> ranked = ranked(network, itemIds, keep);
        Set<String> shown = new LinkedHashSet<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (i < kept || keep.contains(ranked.get(i))) {
                shown.add(ranked.get(i));
            }
        }
        Map<Integer, Integer> columns = new HashMap<>();
        items.stream().map(SupplyNetwork.Node::layer).distinct().sorted().forEach(l -> columns.put(l, columns.size() + 1));

        List<SupplyNetwork.Node> nodes = new ArrayList<>();
        List<SupplyNetwork.Edge> edges = new ArrayList<>();
        Map<String, List<SupplyNetwork.Edge>> collapsed = new LinkedHashMap<>();
        for (SupplyNetwork.Node node : network.nodes()) {
            if (shown.contains(node.id())) {
                nodes.add(node);
            } else if (itemIds.contains(node.id())) {
                nodes.add(new SupplyNetwork.Node(node.id(), node.kind(), wrapped(node.label(), width), columns.get(node.layer()),
                        node.orderHint(), node.materialKey(), node.stageKey(), node.level(), node.chokepoint(),
                        node.detail(), node.worldStandsIn()));
            }
        }
        for (SupplyNetwork.Edge edge : network.edges()) {
            if (!itemIds.contains(edge.to())) {
                continue;
            }
            if (edge.kind() == SupplyNetwork.EdgeKind.INPUT) {
                if (itemIds.contains(edge.from())) {
                    edges.add(edge);
                }
                continue;
            }
            if (shown.contains(edge.from())) {
                edges.add(edge);
            } else {
                collapsed.computeIfAbsent(edge.to(), item -> new ArrayList<>()).add(edge);
            }
        }
        if (!collapsed.isEmpty()) {
            Set<String> countries = new LinkedHashSet<>();
            collapsed.values().forEach(list -> list.forEach(edge -> countries.add(edge.from())));
            List<String> blocks = new ArrayList<>();
            Level worstOfAll = Level.INSUFFICIENT;
            for (Map.Entry<String, List<SupplyNetwork.Edge>> entry : collapsed.entrySet()) {
                Othered othered = othered(network, entry.getKey(), entry.getValue());
                edges.add(othered.edge());
                blocks.add(othered.block());
                worstOfAll = GraphFilter.atLeast(othered.edge().level(), worstOfAll) ? othered.edge().level() : worstOfAll;
            }
            String count = String.valueOf(countries.size());
            String label = collapsed.size() == 1
                    ? Messages.get("graph.othersShare", count, Percent.of(sum(collapsed.values().iterator().next())))
                    : Messages.get("graph.others", count);
            // Below every country: the layout starts a column in hint order.
            nodes.add(new SupplyNetwork.Node(OTHERS_ID, SupplyNetwork.Kind.COUNTRY, label, 0, Double.MAX_VALUE, null,
                    null, worstOfAll, false, Messages.get("graph.othersTooltip", count, String.join("\n", blocks)), false));
        }
        // Every page carries the footnote and the note of the graph it is a page of: the same sources, years and
        // count of items world production stands in for on each, so that the header and footnote bands keep
        // their heights and the room its size from page to page.
        SupplyNetwork page = new SupplyNetwork(nodes, edges, network.consumer(), network.vintage(), network.sources(),
                network.criticalShare(), network.highShare(), network.worldStandsIn());
        LayeredGraph graph = builder.layeredGraph(page);
        return new Page(page, graph, LayeredLayout.compute(graph, builder.layoutOptions(page), ProgressMonitor.NONE));
    }

    /**
     * An item's label in lines of at most a third of the room's width, so that a long name ("Raw materials of
     * beta-lactam antibacterials (key starting materials and intermediates) (Intermediates)") still leaves room
     * for its suppliers at 24 px; a shorter one is kept on one line.
     */
    private String wrapped(String label, double width) {
        PictureStyle style = builder.style();
        double most = width / 3;
        return style.textWidth(label, style.fontSize()) <= most ? label
                : String.join("\n", style.wrap(label, style.fontSize(), most));
    }

    /** The collapsed edge into one item and the tooltip's block for it. */
    private record Othered(SupplyNetwork.Edge edge, String block) {
    }

    /**
     * One edge for the suppliers collapsed into {@code item}: its share is their sum (its width says how much
     * the collapsed countries supply together); its level is the most severe of theirs, since the level is a
     * single country's dependence and the sum is not one country's.
     */
    private static Othered othered(SupplyNetwork network, String item, List<SupplyNetwork.Edge> edges) {
        List<SupplyNetwork.Edge> bySize = edges.stream()
                .sorted(Comparator.comparingDouble(SupplyNetwork.Edge::share).reversed()).toList();
        double total = sum(bySize);
        Level worst = Level.INSUFFICIENT;
        int year = 0;
        List<String> lines = new ArrayList<>();
        for (SupplyNetwork.Edge edge : bySize) {
            worst = GraphFilter.atLeast(edge.level(), worst) ? edge.level() : worst;
            year = Math.max(year, edge.year());
            lines.add(Messages.get("graph.othersLine", label(network, edge.from()), Percent.of(edge.share()),
                    String.valueOf(edge.year()), edge.source()));
        }
        String itemLabel = label(network, item);
        String block = Messages.get("graph.othersItem", itemLabel, Percent.of(total), String.join("\n", lines));
        String source = String.join(Messages.get("common.listSeparator"),
                bySize.stream().map(SupplyNetwork.Edge::source).distinct().toList());
        SupplyNetwork.Edge edge = new SupplyNetwork.Edge(OTHERS_ID, item, SupplyNetwork.EdgeKind.SUPPLY, total, worst,
                year, source, block);
        return new Othered(edge, block);
    }

    private static double sum(List<SupplyNetwork.Edge> edges) {
        return Math.min(1, edges.stream().mapToDouble(SupplyNetwork.Edge::share).sum());
    }
}
