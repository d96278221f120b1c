package tenken.graph.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.InputRelation;
import tenken.store.model.Material;
import tenken.store.model.Stage;
import tenken.store.model.SupplyShare;

/**
 * The shares and input relations the analyses work on, indexed: one {@link ShareGroup} per (consumer,
 * item), the input items of each item, and which country codes are aggregates.
 *
 * <p>Which year: the latest year stored for each (material, stage, consumer), unless a year is asked,
 * in which case only groups of that year are used. The groups of one consumer may so come from
 * different years; each group says its year.
 */
public final class SupplyData {

    private final Map<String, Map<Item, ShareGroup>> groupsByConsumer;
    private final Map<Item, List<Item>> inputs;
    private final Set<String> aggregates;
    private final List<Item> items;
    private final Map<String, Material> materials;
    private final Map<String, Set<String>> members;

    private SupplyData(Map<String, Map<Item, ShareGroup>> groupsByConsumer, Map<Item, List<Item>> inputs,
            Set<String> aggregates, List<Item> items, Map<String, Material> materials, Map<String, Set<String>> members) {
        this.members = members;
        this.groupsByConsumer = groupsByConsumer;
        this.inputs = inputs;
        this.aggregates = aggregates;
        this.items = items;
        this.materials = materials;
    }

    /** The latest year of every group. */
    public static SupplyData of(Catalogue catalogue) {
        return of(catalogue, OptionalInt.empty());
    }

    /** The groups of {@code year} when given, else the latest year of every group. */
    public static SupplyData of(Catalogue catalogue, OptionalInt year) {
        Comparator<Item> order = catalogueOrder(catalogue);
        // Latest year per (consumer, item): keep the rows of the greatest year seen so far.
        Map<String, Map<Item, List<SupplyShare>>> selected = new HashMap<>();
        for (SupplyShare share : catalogue.shares()) {
            if (year.isPresent() && share.year() != year.getAsInt()) {
                continue;
            }
            Item item = new Item(share.material(), share.stage());
            List<SupplyShare> rows = selected.computeIfAbsent(share.consumer(), c -> new HashMap<>())
                    .computeIfAbsent(item, i -> new ArrayList<>());
            if (!rows.isEmpty() && rows.get(0).year() < share.year()) {
                rows.clear();
            }
            if (rows.isEmpty() || rows.get(0).year() == share.year()) {
                rows.add(share);
            }
        }
        Map<String, Map<Item, ShareGroup>> groups = new TreeMap<>();
        selected.forEach((consumer, byItem) -> {
            Map<Item, ShareGroup> ordered = new TreeMap<>(order);
            byItem.forEach((item, rows) -> ordered.put(item,
                    new ShareGroup(item, consumer, rows.get(0).year(), rows)));
            groups.put(consumer, new LinkedHashMap<>(ordered));
        });

        Map<Item, List<Item>> inputs = new HashMap<>();
        for (InputRelation relation : catalogue.inputs()) {
            inputs.computeIfAbsent(new Item(relation.material(), relation.stage()), i -> new ArrayList<>())
                    .add(new Item(relation.inputMaterial(), relation.inputStage()));
        }
        inputs.replaceAll((item, list) -> list.stream().distinct().sorted(order).toList());

        Set<Item> allItems = new HashSet<>();
        groups.values().forEach(byItem -> allItems.addAll(byItem.keySet()));
        inputs.forEach((item, list) -> {
            allItems.add(item);
            allItems.addAll(list);
        });

        Set<String> aggregates = new HashSet<>(Set.of(Country.WORLD, Country.REST_OF_WORLD));
        catalogue.countries().stream().filter(Country::aggregate).map(Country::iso3).forEach(aggregates::add);

        return new SupplyData(groups, inputs, Set.copyOf(aggregates), allItems.stream().sorted(order).toList(),
                catalogue.materialsByKey(), catalogue.aggregateMembers());
    }

    /**
     * Items in the catalogue's order: materials by their sort order, then stages upstream to downstream;
     * keys the catalogue does not list (there should be none) after, alphabetically.
     */
    private static Comparator<Item> catalogueOrder(Catalogue catalogue) {
        Map<String, Integer> materialRank = rank(catalogue.materials().stream().map(Material::key).toList());
        Map<String, Integer> stageRank = rank(catalogue.stages().stream().map(Stage::key).toList());
        return Comparator.<Item>comparingInt(i -> materialRank.getOrDefault(i.material(), Integer.MAX_VALUE))
                .thenComparing(Item::material)
                .thenComparingInt(i -> stageRank.getOrDefault(i.stage(), Integer.MAX_VALUE))
                .thenComparing(Item::stage);
    }

    private static Map<String, Integer> rank(List<String> keys) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            rank.put(keys.get(i), i);
        }
        return rank;
    }

    /** Every selected group: consumers alphabetically, items in catalogue order. */
    public List<ShareGroup> groups() {
        return groupsByConsumer.values().stream().flatMap(byItem -> byItem.values().stream()).toList();
    }

    /** The groups of one consumer, items in catalogue order. */
    public Collection<ShareGroup> groupsOf(String consumer) {
        return groupsByConsumer.getOrDefault(consumer, Map.of()).values();
    }

    /** {@code consumer}'s own shares for {@code item}. */
    public Optional<ShareGroup> group(String consumer, Item item) {
        return Optional.ofNullable(groupsByConsumer.getOrDefault(consumer, Map.of()).get(item));
    }

    /**
     * Where {@code country} gets {@code item} from: its own shares where they exist, else world shares
     * ({@code WLD}), else nothing (the look-through then assumes the supply unaffected and marks it).
     */
    public Optional<ShareGroup> sourcing(String country, Item item) {
        Optional<ShareGroup> own = group(country, item);
        return own.isPresent() ? own : group(Country.WORLD, item);
    }

    /** Countries (not {@code WLD}) with shares of their own for at least one item, alphabetically. */
    public List<String> countriesWithOwnSourcing() {
        return groupsByConsumer.keySet().stream().filter(c -> !c.equals(Country.WORLD)).toList();
    }

    /** The items {@code item} is made from, as the input relations say (cycles included). */
    public List<Item> inputsOf(Item item) {
        return inputs.getOrDefault(item, List.of());
    }

    /** Every item that has shares or takes part in an input relation, in catalogue order. */
    public List<Item> items() {
        return items;
    }

    /**
     * True for {@code WLD}, {@code ROW} and any country the catalogue marks as an aggregate: many small
     * suppliers, never one country that could be named, counted or cut.
     */
    /**
     * The aggregates with members (EUU, XCI) that hold any of {@code countries}: what a cut of those countries
     * may reach when a source reports the aggregate instead of its members. ROW and WLD have no members.
     */
    public Set<String> aggregatesHolding(Set<String> countries) {
        Set<String> holding = new java.util.TreeSet<>();
        members.forEach((aggregate, of) -> {
            if (of.stream().anyMatch(countries::contains)) {
                holding.add(aggregate);
            }
        });
        return holding;
    }

    public boolean isAggregate(String iso3) {
        return aggregates.contains(iso3);
    }

    /**
     * The top of {@code materialKey}'s family: the designated material an item belongs to, or the material
     * itself when it has no parent.
     */
    public String rootMaterial(String materialKey) {
        List<String> lineage = lineage(materialKey);
        return lineage.get(lineage.size() - 1);
    }

    /**
     * {@code materialKey}, then its parent, and so on to the top of its family. Should the parents run in
     * a circle, the list ends with the first material met twice.
     */
    public List<String> lineage(String materialKey) {
        List<String> lineage = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String key = materialKey;
        while (seen.add(key)) {
            lineage.add(key);
            Material material = materials.get(key);
            if (material == null || material.parentKey() == null) {
                return lineage;
            }
            key = material.parentKey();
        }
        lineage.add(key);
        return lineage;
    }
}
