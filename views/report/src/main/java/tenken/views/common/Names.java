package tenken.views.common;

import tenken.assets.Messages;
import tenken.graph.network.Item;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.DisplayNames;

/**
 * Names of countries, materials, stages and items in the session language, from one catalogue: the
 * catalogue's {@link DisplayNames} and the session's wording for consumers and items.
 */
public final class Names {

    private final DisplayNames names;

    public Names(Catalogue catalogue) {
        names = new DisplayNames(catalogue, Messages.locale());
    }

    /** The country's name, or its code when the catalogue does not know it. */
    public String country(String iso3) {
        return names.country(iso3);
    }

    /** 世界生産 / world production for {@code WLD}, else e.g. 日本の輸入 / Japan's imports. */
    public String consumer(String iso3) {
        return Country.WORLD.equals(iso3) ? Messages.get("consumer.world")
                : Messages.get("consumer.imports", country(iso3));
    }

    public String material(String key) {
        return names.material(key);
    }

    public String stage(String key) {
        return names.stage(key);
    }

    /** e.g. ガリウム（製錬・精製） / Gallium (Refining and processing). */
    public String item(Item item) {
        return Messages.get("item.label", material(item.material()), stage(item.stage()));
    }

    /** The position of a stage upstream to downstream (its sort order), for ordering columns. */
    public int stageOrder(String key) {
        return names.stageOrder(key);
    }
}
