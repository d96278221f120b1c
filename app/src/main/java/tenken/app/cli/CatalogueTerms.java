package tenken.app.cli;

import java.util.Locale;
import java.util.Map;
import tenken.assets.Messages;
import tenken.graph.network.Item;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.DisplayNames;

/** The catalogue's names for what the analysis commands print, and the checks on the countries users type. */
final class CatalogueTerms {

    private final Map<String, Country> countries;
    private final DisplayNames names;

    CatalogueTerms(Catalogue catalogue) {
        this.countries = catalogue.countriesByIso3();
        this.names = new DisplayNames(catalogue, Messages.locale());
    }

    String material(String key) {
        return names.material(key);
    }

    String material(Item item) {
        return material(item.material());
    }

    String stage(Item item) {
        return names.stage(item.stage());
    }

    /** The country's name and code, {@code 中国・インド（合算） (XCI)}. */
    String country(String iso3) {
        return countries.containsKey(iso3) ? countryName(iso3) + " (" + iso3 + ")" : iso3;
    }

    /** The country's name in the session's language, or its code when the catalogue does not know it. */
    String countryName(String iso3) {
        return names.country(iso3);
    }

    /** {@code code} upper-cased, when the catalogue knows it (aggregates such as WLD included). */
    String knownCountry(String code) {
        String iso3 = code.strip().toUpperCase(Locale.ROOT);
        if (!countries.containsKey(iso3)) {
            throw new UserError(Messages.get("analysis.error.unknownCountry", code));
        }
        return iso3;
    }

    /** {@code code} upper-cased, when it is a known country that can be cut: not an aggregate such as ROW. */
    String cuttableCountry(String code) {
        String iso3 = knownCountry(code);
        if (countries.get(iso3).aggregate()) {
            throw new UserError(Messages.get("analysis.error.aggregateCut", iso3));
        }
        return iso3;
    }
}
