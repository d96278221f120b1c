package tenken.graph.evidence;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import tenken.assets.Messages;
import tenken.graph.format.Citation;
import tenken.graph.format.Percent;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.model.Stage;
import tenken.store.model.SupplyShare;

/** Names and number formats for writing evidence in one language (the screen's, or Japanese for a briefing). */
public final class EvidenceText {

    private final Locale locale;
    private final Map<String, Material> materials;
    private final Map<String, Stage> stages;
    private final Map<String, Country> countries;

    public EvidenceText(Catalogue catalogue, Locale locale) {
        this.locale = locale;
        this.materials = catalogue.materialsByKey();
        this.stages = catalogue.stagesByKey();
        this.countries = catalogue.countriesByIso3();
    }

    public String language() {
        return locale.getLanguage();
    }

    public String message(String key, Object... args) {
        return Messages.format(locale, key, args);
    }

    public String material(String key) {
        Material material = materials.get(key);
        return material == null ? key : material.name(language());
    }

    public String stage(String key) {
        Stage stage = stages.get(key);
        return stage == null ? key : ("ja".equals(language()) ? stage.nameJa() : stage.nameEn());
    }

    public String country(String iso3) {
        Country country = countries.get(iso3);
        return country == null ? iso3 : ("ja".equals(language()) ? country.nameJa() : country.nameEn());
    }

    /** Where a share comes from, with its basis, quality and note ({@link Citation}). */
    public String citation(SupplyShare share) {
        return Citation.of(share, locale);
    }

    /** A share as a percentage with one decimal (98.4%). */
    public String percent(double share) {
        return Percent.oneDecimal(share, locale);
    }

    public String number(double value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }
}
