package tenken.app.cli;

import java.util.Locale;
import java.util.Map;
import tenken.assets.Messages;
import tenken.graph.network.Item;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.model.Stage;

/** The catalogue's names for what the analysis commands print, and the check on the countries users cut. */
final class CatalogueTerms {

    private final Map<String, Material> materials;
    private final Map<String, Stage> stages;
    private final Map<String, Country> countries;
    private final String language = Messages.language();

    CatalogueTerms(Catalogue catalogue) {
        this.materials = catalogue.materialsByKey();
        this.stages = catalogue.stagesByKey();
        this.countries = catalogue.countriesByIso3();
    }

    String material(String key) {
        Material material = materials.get(key);
        return material == null ? key : material.name(language);
    }

    String material(Item item) {
        return material(item.material());
    }

    String stage(Item item) {
        Stage stage = stages.get(item.stage());
        return stage == null ? item.stage() : "ja".equals(language) ? stage.nameJa() : stage.nameEn();
    }

    /** The country's name and code, {@code 中国・インド（合算） (XCI)}. */
    String country(String iso3) {
        return countries.containsKey(iso3) ? countryName(iso3) + " (" + iso3 + ")" : iso3;
    }

    /** The country's name in the session's language, or its code when the catalogue does not know it. */
    String countryName(String iso3) {
        Country country = countries.get(iso3);
        return country == null ? iso3 : "ja".equals(language) ? country.nameJa() : country.nameEn();
    }

    /** {@code code} upper-cased, when it is a known country that can be cut: not an aggregate such as ROW. */
    String cuttableCountry(String code) {
        String iso3 = code.strip().toUpperCase(Locale.ROOT);
        if (!countries.containsKey(iso3)) {
            throw new UserError(Messages.get("analysis.error.unknownCountry", code));
        }
        if (countries.get(iso3).aggregate()) {
            throw new UserError(Messages.get("analysis.error.aggregateCut", iso3));
        }
        return iso3;
    }
}
