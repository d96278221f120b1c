package tenken.store.model;

import java.util.Locale;
import java.util.Map;

/**
 * The names a reader sees for countries, materials and stages of one catalogue, in one language:
 * Japanese for a {@code ja} locale, English for any other. A code the catalogue does not know is shown as
 * it is. The one place names are chosen for display; {@link NameLookup} goes the other way, from what a
 * user typed to a key.
 */
public final class DisplayNames {

    private final Locale locale;
    private final Map<String, Country> countries;
    private final Map<String, Material> materials;
    private final Map<String, Stage> stages;

    public DisplayNames(Catalogue catalogue, Locale locale) {
        this.locale = locale;
        this.countries = catalogue.countriesByIso3();
        this.materials = catalogue.materialsByKey();
        this.stages = catalogue.stagesByKey();
    }

    /** Whether {@code locale} reads Japanese names. */
    public static boolean isJapanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    /** The country's name, or its code when the catalogue does not know it. */
    public String country(String iso3) {
        Country country = countries.get(iso3);
        return country == null ? iso3 : country.name(locale);
    }

    /** The material's name, or its key when the catalogue does not know it. */
    public String material(String key) {
        Material material = materials.get(key);
        return material == null ? key : material.name(locale);
    }

    /** The stage's name, or its key when the catalogue does not know it. */
    public String stage(String key) {
        Stage stage = stages.get(key);
        return stage == null ? key : stage.name(locale);
    }

    /** The position of a stage upstream to downstream (its sort order); unknown stages last. */
    public int stageOrder(String key) {
        Stage stage = stages.get(key);
        return stage == null ? Integer.MAX_VALUE : stage.sortOrder();
    }
}
