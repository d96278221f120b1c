package tenken.store.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A material: one of the designated specified critical materials (no parent), one of their items
 * (parent is the designated material), or a candidate not (yet) designated, such as a mineral that
 * arrived in a data file. Shares and input relations refer to materials by {@code key}.
 */
public record Material(String key, String nameJa, String nameEn, String parentKey, int sortOrder) {

    public Optional<String> parent() {
        return Optional.ofNullable(parentKey);
    }

    /** The name in the given language, {@code "ja"} or anything else for English. */
    public String name(String language) {
        return "ja".equals(language) ? nameJa : nameEn;
    }

    /** The name in {@code locale}'s language: Japanese for {@code ja}, English for any other. */
    public String name(Locale locale) {
        return DisplayNames.isJapanese(locale) ? nameJa : nameEn;
    }
}
