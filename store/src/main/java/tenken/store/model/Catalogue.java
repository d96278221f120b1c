package tenken.store.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the store holds, read at once (with the member countries of each aggregate that has them:
 * {@code EUU} the EU's 27, {@code XCI} China and India; {@code ROW} and {@code WLD} have none): small enough (thousands of rows) to analyse in memory,
 * and one consistent snapshot for a screen or a command.
 */
public record Catalogue(
        List<Country> countries,
        List<Stage> stages,
        List<Material> materials,
        List<Designation> designations,
        List<SupplyShare> shares,
        List<InputRelation> inputs,
        List<SupplyEvent> events,
        Map<String, String> settings,
        Map<String, Set<String>> aggregateMembers) {

    /** A catalogue whose aggregates (EUU, XCI) list no members. */
    public Catalogue(List<Country> countries, List<Stage> stages, List<Material> materials,
            List<Designation> designations, List<SupplyShare> shares, List<InputRelation> inputs,
            List<SupplyEvent> events, Map<String, String> settings) {
        this(countries, stages, materials, designations, shares, inputs, events, settings, Map.of());
    }

    public Catalogue {
        countries = List.copyOf(countries);
        stages = List.copyOf(stages);
        materials = List.copyOf(materials);
        designations = List.copyOf(designations);
        shares = List.copyOf(shares);
        inputs = List.copyOf(inputs);
        events = List.copyOf(events);
        settings = Map.copyOf(settings);
        aggregateMembers = aggregateMembers.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    public Map<String, Country> countriesByIso3() {
        return countries.stream().collect(Collectors.toMap(Country::iso3, Function.identity()));
    }

    public Map<String, Material> materialsByKey() {
        return materials.stream().collect(Collectors.toMap(Material::key, Function.identity()));
    }

    public Map<String, Stage> stagesByKey() {
        return stages.stream().collect(Collectors.toMap(Stage::key, Function.identity()));
    }

    /** The designated materials (those with designation facts), in catalogue order. */
    public List<Material> designatedMaterials() {
        var designated = designations.stream().map(Designation::materialKey).collect(Collectors.toSet());
        return materials.stream().filter(m -> designated.contains(m.key())).toList();
    }

    public Optional<Designation> designationOf(String materialKey) {
        return designations.stream().filter(d -> d.materialKey().equals(materialKey)).findFirst();
    }

    /** The direct children of a material (its items). */
    public List<Material> itemsOf(String materialKey) {
        return materials.stream().filter(m -> materialKey.equals(m.parentKey())).toList();
    }

    /** The material {@code key} and all its items, down the parent chain. */
    public Set<String> familyOf(String key) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(List.of(key));
        while (!pending.isEmpty()) {
            String next = pending.remove(pending.size() - 1);
            if (keys.add(next)) {
                itemsOf(next).forEach(child -> pending.add(child.key()));
            }
        }
        return keys;
    }

    /** The one name lookup over this catalogue's materials and stages. */
    public NameLookup names() {
        return new NameLookup(materials, stages);
    }

    /** A material by key, Japanese or English name, as {@link NameLookup} matches them. */
    public Optional<Material> findMaterial(String keyOrName) {
        return names().material(keyOrName);
    }

    /** A setting as a number, such as the concentration thresholds {@code level.critical}. */
    public double setting(String key, double fallback) {
        String value = settings.get(key);
        return value == null ? fallback : Double.parseDouble(value);
    }
}
