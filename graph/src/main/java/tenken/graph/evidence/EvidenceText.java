package tenken.graph.evidence;

import java.text.NumberFormat;
import java.util.Locale;
import tenken.assets.Messages;
import tenken.graph.format.Citation;
import tenken.graph.format.Percent;
import tenken.store.model.Catalogue;
import tenken.store.model.DisplayNames;
import tenken.store.model.SupplyShare;

/** Names and number formats for writing evidence in one language (the screen's, or Japanese for a briefing). */
public final class EvidenceText {

    private final Locale locale;
    private final DisplayNames names;

    public EvidenceText(Catalogue catalogue, Locale locale) {
        this.locale = locale;
        this.names = new DisplayNames(catalogue, locale);
    }

    public String language() {
        return locale.getLanguage();
    }

    public String message(String key, Object... args) {
        return Messages.format(locale, key, args);
    }

    public String material(String key) {
        return names.material(key);
    }

    public String stage(String key) {
        return names.stage(key);
    }

    public String country(String iso3) {
        return names.country(iso3);
    }

    /** Where a share comes from, with its basis, quality and note ({@link Citation}). */
    public String citation(SupplyShare share) {
        return Citation.of(share, locale);
    }

    /** A share as a percentage with one decimal (98.4%). */
    public String percent(double share) {
        return Percent.oneDecimal(share, locale);
    }

    /** An amount the documents give in 億円 (10⁸ yen): 「1,000 億円」, "100 billion yen" (one decimal where needed). */
    public String okuYen(double okuYen) {
        if ("ja".equals(language())) {
            return message("assessment.evidence.okuYen", number(okuYen, 0));
        }
        double billions = okuYen / 10;
        return message("assessment.evidence.okuYen", number(billions, billions == Math.rint(billions) ? 0 : 1));
    }

    public String number(double value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }
}
