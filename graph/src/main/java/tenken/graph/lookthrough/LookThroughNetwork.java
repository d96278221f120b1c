package tenken.graph.lookthrough;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import tenken.graph.network.InputCycle;
import tenken.graph.network.InputGraph;
import tenken.graph.network.Item;
import tenken.graph.network.ShareGroup;
import tenken.graph.network.SupplyData;
import tenken.store.model.Country;
import tenken.store.model.SupplyShare;

/**
 * The multi-tier look-through: how much of a consumer's supply of each item survives a {@link Cut}.
 *
 * <p>A consumer K buys item X from suppliers A with shares s_K(X←A). A supplier makes X from its inputs
 * Y (the input relations), which it sources by its own shares where they exist, else by world shares
 * ({@code WLD}), else the input is assumed unaffected and the result marked as insufficient data:
 *
 * <pre>
 *   surviving(K, X) = Σ_A s_K(X←A) × (1 − cut(A→K)) × min_Y surviving(A, Y)
 *   cut(A→K)        = f when A is cut and A ≠ K, else 0      (a country's supply to itself is not cut)
 *   min_Y ...       = 1 for an item without inputs            (fixed proportions: the scarcest input limits output)
 *   loss(K, X)      = surviving₀(K, X) − surviving(K, X)   (surviving₀: the same with nothing cut)
 * </pre>
 *
 * The sum runs over the listed shares as they are: when they add up to less than 1 (thin data) even
 * surviving₀ falls short of 1. That shortfall is supply the data do not list, not supply the cut
 * takes, so the loss is measured from surviving₀: the unlisted part is assumed unaffected, as an input
 * without data is. With complete data surviving₀ = 1 and the loss is 1 − surviving. The results carry
 * the listed sum as {@code coverage}. Aggregate suppliers ({@code ROW}) are never cut and source their
 * inputs by world shares.
 *
 * <p>How it is computed: the network is compiled once into arrays (items numbered inputs-first, shares
 * in compressed rows). A scenario then fills the memo surviving(country, item) in one pass over the
 * items in topological order, so its cost is linear in the number of share rows and input relations.
 * The memo is keyed by (country, item) but stored compactly: every country without shares of its own
 * that is not cut sources every item by world shares and is cut like every other such country, so
 * they all have the same surviving fractions; they share one column ("generic"). Countries with own
 * shares, and cut countries, each get a column of their own.
 */
public final class LookThroughNetwork {

    final SupplyData data;
    final InputGraph inputGraph;

    // Items, numbered so that every item comes after its inputs.
    final Item[] items;
    final Map<Item, Integer> itemIndex;
    final int[] inputStart;
    final int[] inputItem;

    // Countries that appear in any share row, alphabetically.
    final String[] countries;
    final Map<String, Integer> countryIndex;
    final boolean[] aggregate;
    /** Whether the country appears as a supplier in any group. */
    final boolean[] supplier;

    // Countries with shares of their own ("sourcing slots").
    final int slots;
    final int[] slotCountry;
    final int[] slotOfCountry;

    // World groups, compressed rows per item.
    final boolean[] hasWorld;
    final int[] worldStart;
    final int[] worldSupplier;
    final double[] worldShare;
    /** s_WLD(X←slot country), [item * slots + slot]: the world share a cut slot country keeps for itself. */
    final double[] worldShareOfSlot;

    // Own groups, compressed: per item a range of groups, per group its slot and a range of entries.
    final int[] ownGroupStart;
    final int[] ownGroupSlot;
    final int[] ownEntryStart;
    final int[] ownSupplier;
    final double[] ownShare;
    /** s_C(X←C) for each own group: the share the group's own country supplies itself with (0 if none). */
    final double[] ownSelfShare;

    // Whether some (country, item) in the look-through had no data (or a cycle was cut): [item], [item * slots + slot].
    final boolean[] genericInsufficient;
    final boolean[] slotInsufficient;

    /** surviving₀: every surviving fraction with nothing cut, from which losses are measured. */
    private final Evaluator uncut;

    private LookThroughNetwork(SupplyData data) {
        this.data = data;
        this.inputGraph = InputGraph.of(data);
        List<Item> order = inputGraph.inputsFirst();
        int n = order.size();
        items = order.toArray(Item[]::new);
        itemIndex = new HashMap<>(n * 2);
        for (int x = 0; x < n; x++) {
            itemIndex.put(items[x], x);
        }
        inputStart = new int[n + 1];
        for (int x = 0; x < n; x++) {
            inputStart[x + 1] = inputStart[x] + inputGraph.followedInputs(items[x]).size();
        }
        inputItem = new int[inputStart[n]];
        for (int x = 0; x < n; x++) {
            int i = inputStart[x];
            for (Item input : inputGraph.followedInputs(items[x])) {
                inputItem[i++] = itemIndex.get(input);
            }
        }

        Set<String> seen = new HashSet<>();
        for (ShareGroup group : data.groups()) {
            if (!group.consumer().equals(Country.WORLD)) {
                seen.add(group.consumer());
            }
            group.rows().forEach(row -> seen.add(row.supplier()));
        }
        countries = seen.stream().sorted().toArray(String[]::new);
        countryIndex = new HashMap<>();
        aggregate = new boolean[countries.length];
        supplier = new boolean[countries.length];
        for (int c = 0; c < countries.length; c++) {
            countryIndex.put(countries[c], c);
            aggregate[c] = data.isAggregate(countries[c]);
        }

        List<String> sourcing = data.countriesWithOwnSourcing();
        slots = sourcing.size();
        slotCountry = sourcing.stream().mapToInt(countryIndex::get).toArray();
        slotOfCountry = new int[countries.length];
        Arrays.fill(slotOfCountry, -1);
        for (int s = 0; s < slots; s++) {
            slotOfCountry[slotCountry[s]] = s;
        }

        // Look the groups up once, then size the compressed rows exactly.
        ShareGroup[] world = new ShareGroup[n];
        ShareGroup[][] own = new ShareGroup[n][slots];
        int worldEntries = 0;
        int ownGroups = 0;
        int ownEntries = 0;
        for (int x = 0; x < n; x++) {
            world[x] = data.group(Country.WORLD, items[x]).orElse(null);
            worldEntries += world[x] == null ? 0 : world[x].rows().size();
            for (int s = 0; s < slots; s++) {
                own[x][s] = data.group(countries[slotCountry[s]], items[x]).orElse(null);
                if (own[x][s] != null) {
                    ownGroups++;
                    ownEntries += own[x][s].rows().size();
                }
            }
        }
        hasWorld = new boolean[n];
        worldStart = new int[n + 1];
        worldSupplier = new int[worldEntries];
        worldShare = new double[worldEntries];
        worldShareOfSlot = new double[n * slots];
        ownGroupStart = new int[n + 1];
        ownGroupSlot = new int[ownGroups];
        ownEntryStart = new int[ownGroups + 1];
        ownSupplier = new int[ownEntries];
        ownShare = new double[ownEntries];
        ownSelfShare = new double[ownGroups];
        int w = 0;
        int g = 0;
        int e = 0;
        for (int x = 0; x < n; x++) {
            hasWorld[x] = world[x] != null;
            for (SupplyShare row : world[x] == null ? List.<SupplyShare>of() : world[x].rows()) {
                int a = countryIndex.get(row.supplier());
                supplier[a] = true;
                worldSupplier[w] = a;
                worldShare[w++] = row.share();
                if (slotOfCountry[a] >= 0) {
                    worldShareOfSlot[x * slots + slotOfCountry[a]] = row.share();
                }
            }
            worldStart[x + 1] = w;
            for (int s = 0; s < slots; s++) {
                if (own[x][s] == null) {
                    continue;
                }
                ownGroupSlot[g] = s;
                ownSelfShare[g] = own[x][s].shareOf(countries[slotCountry[s]]);
                for (SupplyShare row : own[x][s].rows()) {
                    ownSupplier[e] = countryIndex.get(row.supplier());
                    supplier[ownSupplier[e]] = true;
                    ownShare[e++] = row.share();
                }
                ownEntryStart[++g] = e;
            }
            ownGroupStart[x + 1] = g;
        }

        genericInsufficient = new boolean[n];
        slotInsufficient = new boolean[n * slots];
        markInsufficient();
        uncut = new Evaluator(this, 0);
        uncut.run(new int[0], 0);
    }

    /** Compiles {@code data}; do it once and run many scenarios on the result. */
    public static LookThroughNetwork compile(SupplyData data) {
        return new LookThroughNetwork(data);
    }

    /**
     * Marks, for every item and column, whether its look-through met a (country, item) without any shares
     * (assumed unaffected) or an input left out because it closes a cycle. This depends on the data
     * only, not on the cut, so it is worked out once, inputs first:
     * insufficient(C, X) = no sourcing for X, or an input of X dropped, or some listed supplier A of C has
     * an input Y with insufficient(A, Y).
     */
    private void markInsufficient() {
        boolean[] inputGap = new boolean[slots];
        for (int x = 0; x < items.length; x++) {
            boolean dropped = inputGraph.hasDroppedInput(items[x]);
            boolean genericGap = false;
            Arrays.fill(inputGap, false);
            for (int i = inputStart[x]; i < inputStart[x + 1]; i++) {
                int y = inputItem[i];
                genericGap |= genericInsufficient[y];
                for (int s = 0; s < slots; s++) {
                    inputGap[s] |= slotInsufficient[y * slots + s];
                }
            }
            boolean world = !hasWorld[x] || dropped;
            for (int j = worldStart[x]; j < worldStart[x + 1]; j++) {
                int slot = slotOfCountry[worldSupplier[j]];
                world |= slot < 0 ? genericGap : inputGap[slot];
            }
            genericInsufficient[x] = world;
            for (int s = 0; s < slots; s++) {
                slotInsufficient[x * slots + s] = world;
            }
            for (int g = ownGroupStart[x]; g < ownGroupStart[x + 1]; g++) {
                boolean own = dropped;
                for (int e = ownEntryStart[g]; e < ownEntryStart[g + 1]; e++) {
                    int slot = slotOfCountry[ownSupplier[e]];
                    own |= slot < 0 ? genericGap : inputGap[slot];
                }
                slotInsufficient[x * slots + ownGroupSlot[g]] = own;
            }
        }
    }

    /** The cycles in the input relations; their inner relations are not followed. */
    public List<InputCycle> cycles() {
        return inputGraph.cycles();
    }

    /**
     * The loss of {@code consumer}'s supply of every item it has sourcing for (its own shares, else world
     * shares), most lost first.
     *
     * @throws IllegalArgumentException when the cut names an aggregate such as {@code ROW}
     */
    public ScenarioResult scenario(String consumer, Cut cut) {
        List<ItemLoss> losses = losses(consumer, cut, indexCut(cut, Set.of()));
        // The upper end of the range: the aggregates in the data that hold a cut country are cut as well.
        Set<String> aggregates = new java.util.TreeSet<>(data.aggregatesHolding(cut.countries()));
        aggregates.retainAll(countryIndex.keySet());
        if (!aggregates.isEmpty()) {
            Set<String> widened = new java.util.TreeSet<>(cut.countries());
            widened.addAll(aggregates);
            Cut upperCut = new Cut(widened, cut.fraction(), cut.materials());
            Map<Item, Double> upper = new HashMap<>();
            losses(consumer, upperCut, indexCut(upperCut, aggregates)).forEach(l -> upper.put(l.item(), l.loss()));
            losses = losses.stream().map(l -> new ItemLoss(l.item(), l.consumer(), l.faceValue(), l.loss(),
                    l.coverage(), l.worldFallback(), l.insufficientData(), upper.getOrDefault(l.item(), l.loss())))
                    .toList();
        }
        return new ScenarioResult(consumer, cut, ItemLoss.ranked(losses), cycles(), aggregates);
    }

    private List<ItemLoss> losses(String consumer, Cut cut, int[] cutCountries) {
        boolean[] covered = covered(cut);
        Evaluator evaluator = new Evaluator(this, cutCountries.length);
        evaluator.run(cutCountries, cut.fraction(), covered);
        int k = countryIndex.getOrDefault(consumer, -1);
        List<ItemLoss> losses = new ArrayList<>();
        for (Item item : data.items()) {
            Optional<ShareGroup> sourcing = data.sourcing(consumer, item);
            if (sourcing.isEmpty()) {
                continue;
            }
            ShareGroup group = sourcing.get();
            int x = itemIndex.get(item);
            // face value = Σ of the direct shares the cut reaches (the cut countries' but the consumer's own)
            double faceValue = 0;
            for (SupplyShare row : group.rows()) {
                if ((covered == null || covered[x]) && cut.hits(row.supplier(), consumer)) {
                    faceValue += row.share();
                }
            }
            losses.add(new ItemLoss(item, consumer, faceValue, loss(evaluator, k, x), group.coverage(),
                    !group.consumer().equals(consumer), insufficient(k, x)));
        }
        return losses;
    }

    /**
     * The sweep: for every named supplier c (alphabetically), the loss of {@code consumer}'s supply of every item when c
     * alone cuts its exports by {@code fraction}. Scenarios are independent, so they run in parallel, each
     * worker reusing its own memo arrays.
     */
    public SweepResult sweep(String consumer, double fraction) {
        List<String> candidates = new ArrayList<>();
        for (int c = 0; c < countries.length; c++) {
            if (supplier[c] && !aggregate[c]) {
                candidates.add(countries[c]);
            }
        }
        List<Item> consumerItems = data.items().stream()
                .filter(item -> data.sourcing(consumer, item).isPresent()).toList();
        int[] columns = consumerItems.stream().mapToInt(itemIndex::get).toArray();
        int k = countryIndex.getOrDefault(consumer, -1);
        double[][] loss = new double[candidates.size()][];
        int workers = Math.max(1, Math.min(candidates.size(), 4 * Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, workers).parallel().forEach(worker -> {
            Evaluator evaluator = new Evaluator(this, 1);
            int[] cut = new int[1];
            // Strided, so that every worker gets a like mix of large and small suppliers.
            for (int c = worker; c < candidates.size(); c += workers) {
                cut[0] = countryIndex.get(candidates.get(c));
                evaluator.run(cut, fraction);
                double[] row = new double[columns.length];
                for (int j = 0; j < columns.length; j++) {
                    row[j] = loss(evaluator, k, columns[j]);
                }
                loss[c] = row;
            }
        });
        return new SweepResult(consumer, fraction, candidates, consumerItems, loss);
    }

    /** loss(K, X) = surviving₀(K, X) − surviving(K, X): what the cut evaluated by {@code cut} takes. */
    private double loss(Evaluator cut, int consumer, int x) {
        return uncut.surviving(consumer, x) - cut.surviving(consumer, x);
    }

    /** Per item, whether {@code cut} covers its material (or a parent of it); null when it covers every material. */
    private boolean[] covered(Cut cut) {
        if (cut.materials().isEmpty()) {
            return null;
        }
        boolean[] covered = new boolean[items.length];
        for (int x = 0; x < items.length; x++) {
            covered[x] = cut.covers(data.lineage(items[x].material()));
        }
        return covered;
    }

    /** The indexes of the cut countries; an aggregate may be cut only where {@code cuttableAggregates} names it. */
    private int[] indexCut(Cut cut, Set<String> cuttableAggregates) {
        for (String country : cut.countries()) {
            if (data.isAggregate(country) && !cuttableAggregates.contains(country)) {
                throw new IllegalArgumentException(country + " is an aggregate of many suppliers and cannot be cut");
            }
        }
        // A country that appears in no share row supplies nothing: cutting it changes nothing.
        return cut.countries().stream().filter(countryIndex::containsKey).mapToInt(countryIndex::get).toArray();
    }

    private boolean insufficient(int country, int x) {
        int slot = country < 0 ? -1 : slotOfCountry[country];
        return slot < 0 ? genericInsufficient[x] : slotInsufficient[x * slots + slot];
    }
}
