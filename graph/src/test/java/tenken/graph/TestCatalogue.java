package tenken.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Designation;
import tenken.store.model.InputRelation;
import tenken.store.model.Material;
import tenken.store.model.Stage;
import tenken.store.model.SupplyShare;

/** Small hand-made catalogues for tests: materials, stages and countries are created as they are named. */
public final class TestCatalogue {

    public static final int YEAR = 2023;

    private final List<SupplyShare> shares = new ArrayList<>();
    private final List<InputRelation> inputs = new ArrayList<>();
    private final Map<String, String> parents = new HashMap<>();
    private final Set<String> designated = new LinkedHashSet<>();
    private final Map<String, String> settings = new HashMap<>();

    public static TestCatalogue create() {
        return new TestCatalogue();
    }

    /** {@code consumer} gets {@code share} of its {@code material} at {@code stage} from {@code supplier}, in {@link #YEAR}. */
    public TestCatalogue share(String material, String stage, String consumer, String supplier, double share) {
        return share(material, stage, consumer, supplier, share, YEAR);
    }

    public TestCatalogue share(String material, String stage, String consumer, String supplier, double share,
            int year) {
        shares.add(new SupplyShare(material, stage, consumer, supplier, share, year, "test"));
        return this;
    }

    /** A share as given, with its own year, source and basis. */
    public TestCatalogue share(SupplyShare share) {
        shares.add(share);
        return this;
    }

    /** {@code material} at {@code stage} is made from {@code input} at {@code inputStage}. */
    public TestCatalogue input(String material, String stage, String input, String inputStage) {
        inputs.add(new InputRelation(material, stage, input, inputStage));
        return this;
    }

    public TestCatalogue item(String item, String designatedParent) {
        parents.put(item, designatedParent);
        designated.add(designatedParent);
        return this;
    }

    public TestCatalogue setting(String key, String value) {
        settings.put(key, value);
        return this;
    }

    public Catalogue build() {
        Set<String> countries = new LinkedHashSet<>(List.of(Country.WORLD, Country.REST_OF_WORLD));
        Set<String> materials = new LinkedHashSet<>(designated);
        Set<String> stages = new LinkedHashSet<>();
        shares.forEach(s -> {
            countries.add(s.consumer());
            countries.add(s.supplier());
            materials.add(s.material());
            stages.add(s.stage());
        });
        inputs.forEach(r -> {
            materials.add(r.material());
            materials.add(r.inputMaterial());
            stages.add(r.stage());
            stages.add(r.inputStage());
        });
        List<Country> countryList = countries.stream().map(c -> new Country(c, c, c,
                c.equals(Country.WORLD) || c.equals(Country.REST_OF_WORLD))).toList();
        List<Material> materialList = new ArrayList<>();
        int order = 0;
        for (String m : materials) {
            materialList.add(new Material(m, m, m, parents.get(m), order++));
        }
        List<Stage> stageList = new ArrayList<>();
        order = 0;
        for (String s : stages) {
            stageList.add(new Stage(s, s, s, order++));
        }
        List<Designation> designations = designated.stream()
                .map(m -> new Designation(m, "省", "Ministry", null, null, null, null, "test")).toList();
        return new Catalogue(countryList, stageList, materialList, designations, shares, inputs, List.of(), settings);
    }
}
