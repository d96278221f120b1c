package tenken.views.common;

import java.util.Map;
import tenken.assets.Messages;
import tenken.graph.network.Item;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.model.Stage;

/** Names of countries, materials, stages and items in the session language, from one catalogue. */
public final class Names {

    private final Map<String, Country> countries;
    private final Map<String, Material> materials;
    private final Map<String, Stage> stages;
    private final boolean japanese = "ja".equals(Messages.language());

    public Names(Catalogue catalogue) {
        countries = catalogue.countriesByIso3();
        materials = catalogue.materialsByKey();
        stages = catalogue.stagesByKey();
    }

    /** The country's name, or its code when the catalogue does not know it. */
    public String country(String iso3) {
        Country country = countries.get(iso3);
        return country == null ? iso3 : japanese ? country.nameJa() : country.nameEn();
    }

    /** 世界生産 / world production for {@code WLD}, else e.g. 日本の輸入 / Japan's imports. */
    public String consumer(String iso3) {
        return Country.WORLD.equals(iso3) ? Messages.get("consumer.world")
                : Messages.get("consumer.imports", country(iso3));
    }

    public String material(String key) {
        Material material = materials.get(key);
        return material == null ? key : material.name(Messages.language());
    }

    public String stage(String key) {
        Stage stage = stages.get(key);
        return stage == null ? key : japanese ? stage.nameJa() : stage.nameEn();
    }

    /** e.g. ガリウム（製錬・精製） / Gallium (Refining and processing). */
    public String item(Item item) {
        return Messages.get("item.label", material(item.material()), stage(item.stage()));
    }

    /** The position of a stage upstream to downstream (its sort order), for ordering columns. */
    public int stageOrder(String key) {
        Stage stage = stages.get(key);
        return stage == null ? Integer.MAX_VALUE : stage.sortOrder();
    }
}
