package tenken.views.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>When the items are chosen (what a scenario's cut reaches), an item can be hit only through an input
 * (semiconductor materials lose through gallium, which the cut country refines): its page then also shows the
 * chosen inputs upstream of its items, through all tiers, with their suppliers (the cut country kept, the small
 * ones collapsed), so that the path cut country → input → item that explains the loss is on the page. When that
 * does not fit, only the chain of the worst-hit input (the first in the given order) at each tier; then only
 * the worst-hit input of each item; when even that does not fit, the items alone. A page with inputs has a
 * column more, so it may wrap its labels in narrower lines and leave the curves less room (never a smaller
 * type).
 *
 * <p>Fitting is measured, not estimated: each candidate page is laid out and drawn
 * ({@link GraphPictureBuilder#build}), and fits when its picture's bounds lie within the room. A single item
 * whose page cannot fit even with all its suppliers collapsed (a label wider than the room) gets a page of
 * its own with all of them collapsed: nothing is ever shrunk.
 */
public final class GraphPager {

    /** The id of the collapsed node: not an ISO 3166 code, so it never clashes with a country. */
    public static final String OTHERS_ID = "*others";

    /**
     * A page: its network, that network's layout, and the items the page is of (the other items on it are
     * inputs shown to explain their loss).
     */
    public record Page(SupplyNetwork network, LayeredGraph graph, Layout layout, List<String> items) {

        public Page {
            items = List.copyOf(items);
        }
    }

    /**
     * How tightly a page is drawn: an item label's line is at most the room's width divided by {@code parts},
     * and the columns leave {@code curveRoom} type sizes for the curves between them.
     */
    private record Tightness(int parts, double curveRoom) {
    }

    /** Every page without inputs: lines of a third of the room, the curves' full room. */
    private static final Tightness USUAL = new Tightness(3, GraphPictureBuilder.CURVE_ROOM);

    /**
     * A page with inputs has a column more, so it may be drawn tighter, step by step: down to lines of a fifth of
     * the room (at 1,280 px still ten Japanese characters or some twenty Latin ones) and curves in 4 type sizes
     * (a page with inputs has few suppliers left, the small ones collapsed). Narrower lines make labels taller,
     * so each curve room is tried with a quarter of the room before a fifth.
     */
    private static final List<Tightness> WITH_INPUTS = List.of(USUAL, new Tightness(4, GraphPictureBuilder.CURVE_ROOM),
            new Tightness(4, 8), new Tightness(5, 8), new Tightness(4, 6), new Tightness(5, 6), new Tightness(4, 4),
            new Tightness(5, 4));

    private final GraphPictureBuilder builder;

    public GraphPager(GraphPictureBuilder builder) {
        this.builder = builder;
    }

    /** The whole network as one page, laid out as the desk shows it (with progress and cancel). */
    public Page whole(SupplyNetwork network, ProgressMonitor monitor) {
        LayeredGraph graph = builder.layeredGraph(network);
        return new Page(network, graph, LayeredLayout.compute(graph, builder.layoutOptions(network), monitor),
                network.nodes().stream().filter(n -> n.kind() == SupplyNetwork.Kind.ITEM).map(SupplyNetwork.Node::id)
                        .toList());
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
        // A scenario passes what the cut reaches ranked, worst first: its materials' pages come in that order
        // (a stable sort, so ties keep the catalogue's), and the inputs that explain a loss are among them.
        List<String> ranking = chosen ? List.copyOf(items) : List.of();
        if (chosen) {
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
                Page page = fitting(network, candidate, ranking, keep, width, height);
                // An item joins the page while it fits and costs the page none of the inputs that explain a loss.
                if (page != null && (fitting == null || inputs(page).containsAll(inputs(fitting)))) {
                    current = candidate;
                    fitting = page;
                    continue;
                }
                if (fitting != null) {
                    addWithEveryLink(pages, fitting, network, ranking, keep, width, height);
                }
                current = new ArrayList<>(List.of(item));
                fitting = fitting(network, current, ranking, keep, width, height);
                if (fitting == null) {
                    pages.add(page(network, current, List.of(), keep, 0, width, USUAL));
                    current = new ArrayList<>();
                }
            }
            if (fitting != null) {
                addWithEveryLink(pages, fitting, network, ranking, keep, width, height);
            }
        }
        return pages;
    }

    /**
     * Adds {@code page} and, where it could show only some of the inputs that carry its items' loss (the worst
     * hit, when all of them did not fit), pages of the same items that follow it with the others, a chain each
     * for as many as fit together: no link of a chain from the cut country to an item is left off every page
     * (issue 13 item 2: page what does not fit rather than let it disappear). An input whose chain fits on no page
     * with the items is left out, as nothing can show it at this size.
     */
    private void addWithEveryLink(List<Page> pages, Page page, SupplyNetwork network, List<String> ranking,
            Set<String> keep, double width, double height) {
        pages.add(page);
        List<SupplyNetwork.Node> items = page.items().stream().map(network::node).toList();
        List<SupplyNetwork.Node> upstream = inputsUpstream(network, items, ranking, false, Integer.MAX_VALUE);
        Set<String> chains = ids(items);
        chains.addAll(ids(upstream));
        List<SupplyNetwork.Node> missing = new ArrayList<>(upstream.stream()
                .filter(input -> !linksShown(page, network, input.id(), chains)).toList());
        while (!missing.isEmpty()) {
            List<SupplyNetwork.Node> inputs = new ArrayList<>();
            Page continued = null;
            for (SupplyNetwork.Node input : List.copyOf(missing)) {
                List<SupplyNetwork.Node> candidate = new ArrayList<>(inputs);
                chain(network, input, upstream).stream().filter(n -> !candidate.contains(n)).forEach(candidate::add);
                Page fits = fitWith(network, items, candidate, keep, width, height);
                if (fits != null) {
                    inputs = candidate;
                    continued = fits;
                }
            }
            if (continued == null) {
                return;
            }
            pages.add(continued);
            Page shown = continued;
            if (!missing.removeIf(input -> linksShown(shown, network, input.id(), chains))) {
                return;
            }
        }
    }

    /** Whether {@code page} shows {@code input} with every input edge out of it into a node of {@code chains}. */
    private static boolean linksShown(Page page, SupplyNetwork network, String input, Set<String> chains) {
        return page.network().node(input) != null && network.edges().stream()
                .filter(e -> e.kind() == SupplyNetwork.EdgeKind.INPUT && e.from().equals(input) && chains.contains(e.to()))
                .allMatch(e -> page.network().edges().contains(e));
    }

    /** {@code input} and the inputs of {@code upstream} it is made into on the way to the page's items. */
    private static List<SupplyNetwork.Node> chain(SupplyNetwork network, SupplyNetwork.Node input,
            List<SupplyNetwork.Node> upstream) {
        Set<String> reached = new LinkedHashSet<>(List.of(input.id()));
        List<String> pending = new ArrayList<>(reached);
        while (!pending.isEmpty()) {
            String from = pending.remove(0);
            for (SupplyNetwork.Edge edge : network.edges()) {
                if (edge.kind() == SupplyNetwork.EdgeKind.INPUT && edge.from().equals(from)
                        && upstream.stream().anyMatch(n -> n.id().equals(edge.to())) && reached.add(edge.to())) {
                    pending.add(edge.to());
                }
            }
        }
        return upstream.stream().filter(n -> reached.contains(n.id())).toList();
    }

    /** The items on a page that it is not of: the inputs shown to explain a loss. */
    private static Set<String> inputs(Page page) {
        Set<String> inputs = new HashSet<>();
        page.network().nodes().stream().filter(n -> n.kind() == SupplyNetwork.Kind.ITEM && !page.items().contains(n.id()))
                .forEach(n -> inputs.add(n.id()));
        return inputs;
    }

    /** Whether a page's picture lies within {@code width} × {@code height}. */
    public boolean fits(Page page, double width, double height) {
        GraphPicture picture = builder.build(page.network(), page.graph(), page.layout(), Emphasis.NONE, Map.of(), "", "");
        return picture.maxX() - picture.minX() <= width && picture.maxY() - picture.minY() <= height;
    }

    /**
     * The page of {@code items} with as many of their suppliers as fit, or null when none fits: with every
     * chosen input upstream of them, else with the chain of the worst-hit ones, else with the worst-hit input of
     * each item, else with none (see the class comment). Collapsing a single country would show no fewer things, so the count kept drops from all to
     * all but two.
     */
    private Page fitting(SupplyNetwork network, List<SupplyNetwork.Node> items, List<String> ranking, Set<String> keep,
            double width, double height) {
        Set<List<SupplyNetwork.Node>> explanations = new LinkedHashSet<>();
        explanations.add(inputsUpstream(network, items, ranking, false, Integer.MAX_VALUE));
        explanations.add(inputsUpstream(network, items, ranking, true, Integer.MAX_VALUE));
        explanations.add(inputsUpstream(network, items, ranking, true, 1));
        explanations.add(List.of());
        for (List<SupplyNetwork.Node> inputs : explanations) {
            Page page = fitWith(network, items, inputs, keep, width, height);
            if (page != null) {
                return page;
            }
        }
        return null;
    }

    /**
     * The page of {@code items} with {@code inputs} upstream of them that fits, keeping as many suppliers as fit
     * and drawn no tighter than needed; null when none fits.
     */
    private Page fitWith(SupplyNetwork network, List<SupplyNetwork.Node> items, List<SupplyNetwork.Node> inputs,
            Set<String> keep, double width, double height) {
        List<SupplyNetwork.Node> all = new ArrayList<>(items);
        all.addAll(inputs);
        int suppliers = ranked(network, ids(all), keep).size();
        for (Tightness tightness : inputs.isEmpty() ? List.of(USUAL) : WITH_INPUTS) {
            for (int kept = suppliers; kept >= 0; kept = kept == suppliers ? kept - 2 : kept - 1) {
                Page page = page(network, items, inputs, keep, kept, width, tightness);
                if (fits(page, width, height)) {
                    return page;
                }
            }
        }
        return null;
    }

    /**
     * The chosen items ({@code ranking}) that {@code items} are made from, through all tiers of the input edges,
     * following only chosen ones (an input the cut does not reach explains nothing), not counting {@code items}
     * themselves, up to {@code tiers} tiers up. With {@code worstOnly}, only the first-ranked such input of each
     * item at each tier: the input hit hardest, which under the look-through's "the scarcest input limits
     * output" carries the loss.
     */
    private static List<SupplyNetwork.Node> inputsUpstream(SupplyNetwork network, List<SupplyNetwork.Node> items,
            List<String> ranking, boolean worstOnly, int tiers) {
        if (ranking.isEmpty()) {
            return List.of();
        }
        Set<String> seen = ids(items);
        List<SupplyNetwork.Node> found = new ArrayList<>();
        Map<String, Integer> tier = new HashMap<>();
        seen.forEach(id -> tier.put(id, 0));
        List<String> pending = new ArrayList<>(seen);
        while (!pending.isEmpty()) {
            String item = pending.remove(0);
            if (tier.get(item) >= tiers) {
                continue;
            }
            List<String> inputs = network.edges().stream()
                    .filter(e -> e.kind() == SupplyNetwork.EdgeKind.INPUT && e.to().equals(item)
                            && ranking.contains(e.from()) && network.node(e.from()) != null)
                    .map(SupplyNetwork.Edge::from).distinct().sorted(Comparator.comparingInt(ranking::indexOf)).toList();
            for (String input : worstOnly ? inputs.stream().limit(1).toList() : inputs) {
                if (seen.add(input)) {
                    found.add(network.node(input));
                    tier.put(input, tier.get(item) + 1);
                    pending.add(input);
                }
            }
        }
        return found;
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
     * The page of {@code items}, with {@code inputs} shown upstream of them, keeping the first {@code kept} ranked
     * suppliers (and every one in {@code keep}) and collapsing the rest into one node, drawn as tightly as
     * {@code tightness} says for a room {@code width} wide.
     */
    private Page page(SupplyNetwork network, List<SupplyNetwork.Node> items, List<SupplyNetwork.Node> inputs,
            Set<String> keep, int kept, double width, Tightness tightness) {
        List<SupplyNetwork.Node> all = new ArrayList<>(items);
        all.addAll(inputs);
        Set<String> itemIds = ids(all);
        List<String> ranked = ranked(network, itemIds, keep);
        Set<String> shown = new LinkedHashSet<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (i < kept || keep.contains(ranked.get(i))) {
                shown.add(ranked.get(i));
            }
        }
        Map<Integer, Integer> columns = new HashMap<>();
        all.stream().map(SupplyNetwork.Node::layer).distinct().sorted().forEach(l -> columns.put(l, columns.size() + 1));

        List<SupplyNetwork.Node> nodes = new ArrayList<>();
        List<SupplyNetwork.Edge> edges = new ArrayList<>();
        Map<String, List<SupplyNetwork.Edge>> collapsed = new LinkedHashMap<>();
        for (SupplyNetwork.Node node : network.nodes()) {
            if (shown.contains(node.id())) {
                nodes.add(node);
            } else if (itemIds.contains(node.id())) {
                nodes.add(new SupplyNetwork.Node(node.id(), node.kind(), wrapped(node.label(), width / tightness.parts()), columns.get(node.layer()),
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
        return new Page(page, graph, LayeredLayout.compute(graph, builder.layoutOptions(page, tightness.curveRoom()),
                ProgressMonitor.NONE),
                List.copyOf(ids(items)));
    }

    /**
     * An item's label in lines of at most {@code most} (a third of the room's width, less on a page with inputs),
     * so that a long name ("Raw materials of beta-lactam antibacterials (key starting materials and
     * intermediates) (Intermediates)") still leaves room for its suppliers at 24 px; a shorter one is kept on
     * one line.
     */
    private String wrapped(String label, double most) {
        PictureStyle style = builder.style();
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
