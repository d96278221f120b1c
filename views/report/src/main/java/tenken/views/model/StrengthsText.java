package tenken.views.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tenken.assets.Messages;
import tenken.graph.concentration.Dependent;
import tenken.graph.concentration.Leverage;
import tenken.store.model.Catalogue;
import tenken.store.model.DisplayNames;
import tenken.store.model.ShareQuality;
import tenken.graph.format.Percent;

/**
 * The words for one of Japan's strengths, in one language, as the screen, the picture and the briefing
 * all write them: the item, Japan's share and standing, what the figure measures, its source and the
 * consumers that depend on Japan.
 */
public final class StrengthsText {

    private final Locale locale;
    private final DisplayNames names;

    public StrengthsText(Catalogue catalogue, Locale locale) {
        this.locale = locale;
        this.names = new DisplayNames(catalogue, locale);
    }

    private String message(String key, Object... args) {
        return Messages.format(locale, key, args);
    }

    public String material(String key) {
        return names.material(key);
    }

    private String stage(String key) {
        return names.stage(key);
    }

    private String country(String iso3) {
        return names.country(iso3);
    }

    /** e.g. MLCC（生産） / MLCC (Production). */
    public String item(Leverage leverage) {
        return message("item.label", material(leverage.item().material()), stage(leverage.item().stage()));
    }

    /** e.g. 日本 73%. */
    public String share(Leverage leverage) {
        return message("strengths.share", Percent.of(leverage.share()));
    }

    /** e.g. 供給国中 1 位 ／ 集中度「高」 ／ 2018年. */
    public String standing(Leverage leverage) {
        return message("strengths.standing", leverage.rank(), message("level." + leverage.level().key()),
                String.valueOf(leverage.year()));
    }

    /** The technology-leakage material the item belongs to, named; empty for other items. */
    public Optional<String> leakage(Leverage leverage) {
        return leverage.leakageMaterial().map(key -> message("strengths.leakage", material(key)));
    }

    /** What the figure measures, as its source says, and how it was published; empty when the data do not say. */
    public Optional<String> basis(Leverage leverage) {
        if (leverage.basis().isBlank()) {
            return Optional.empty();
        }
        Optional<String> quality = leverage.quality().isBlank() ? Optional.empty()
                : ShareQuality.ofKey(leverage.quality()).map(q -> message("quality." + q.name()));
        return Optional.of(quality.map(q -> message("strengths.basisQuality", leverage.basis(), q))
                .orElseGet(() -> message("strengths.basis", leverage.basis())));
    }

    public String source(Leverage leverage) {
        return message("strengths.source", leverage.source());
    }

    /** The consumers whose top supplier is Japan, with Japan's share of their supply; says so when there are none. */
    public String dependents(Leverage leverage) {
        List<Dependent> dependents = leverage.dependents();
        if (dependents.isEmpty()) {
            return message("strengths.noDependents");
        }
        List<String> each = dependents.stream().map(d -> message("strengths.dependent", country(d.consumer()),
                Percent.of(d.share()), String.valueOf(d.year()))).toList();
        return message("strengths.dependents", String.join(message("strengths.separator"), each));
    }

    /** Everything about the figure on several lines, for a tooltip. */
    public String tooltip(Leverage leverage) {
        StringBuilder text = new StringBuilder(item(leverage)).append('\n').append(share(leverage)).append(" — ")
                .append(standing(leverage));
        leakage(leverage).ifPresent(line -> text.append('\n').append(line));
        basis(leverage).ifPresent(line -> text.append('\n').append(line));
        text.append('\n').append(dependents(leverage)).append('\n').append(source(leverage));
        return text.toString();
    }
}
