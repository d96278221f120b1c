package tenken.app.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tenken.assets.Messages;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.model.NameLookup;
import tenken.store.model.Stage;

/**
 * The command line's side of the store's one {@link NameLookup}: materials and stages users type
 * (key, Japanese or English name) resolve, or are refused as the user's mistake with the closest
 * known name; a consumer is checked here, the one check every command's {@code --consumer} goes through.
 */
final class CatalogueLookup {

    private final Catalogue catalogue;
    private final NameLookup names;

    CatalogueLookup(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.names = catalogue.names();
    }

    /** The material named by key, Japanese or English name; an unknown name is refused with the closest one. */
    Material material(String name) {
        return names.material(name).orElseThrow(() -> new UserError(names.unknownMaterial(name)));
    }

    /** The stage named by key, Japanese or English name; an unknown name is refused with the closest one. */
    Stage stage(String name) {
        return names.stage(name).orElseThrow(() -> new UserError(names.unknownStage(name)));
    }

    /**
     * The consumer {@code code} names, upper-cased: a country the catalogue knows, {@code WLD} for world
     * production, or a group of countries whose own sourcing the data has ({@code EUU}); a group that only
     * ever supplies ({@code ROW}, {@code XCI}) is not one.
     */
    String consumer(String code) {
        String iso3 = code.strip().toUpperCase(Locale.ROOT);
        Map<String, Country> countries = catalogue.countriesByIso3();
        Optional<Country> country = Optional.ofNullable(countries.get(iso3));
        if (country.isEmpty() || country.get().aggregate() && !Country.WORLD.equals(iso3)
                && catalogue.shares().stream().noneMatch(share -> share.consumer().equals(iso3))) {
            throw new UserError(Messages.get("cli.error.notAConsumer", code));
        }
        return iso3;
    }
}
