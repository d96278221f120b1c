package tenken.store.model;

import java.util.Locale;

/** A stage of supply (mining, refining, API, product...); {@code sortOrder} runs upstream to downstream. */
public record Stage(String key, String nameJa, String nameEn, int sortOrder) {

    /** The name in {@code locale}'s language: Japanese for {@code ja}, English for any other. */
    public String name(Locale locale) {
        return DisplayNames.isJapanese(locale) ? nameJa : nameEn;
    }
}
