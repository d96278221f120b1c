package tenken.store.model;

import java.util.Locale;

/**
 * A country by its ISO 3166-1 alpha-3 code, or an aggregate such as {@code WLD} (world) or {@code ROW}
 * (rest of the world). An aggregate is never a supplier in its own right: analysis treats it as many
 * small suppliers.
 */
public record Country(String iso3, String nameJa, String nameEn, boolean aggregate) {
    public static final String WORLD = "WLD";
    public static final String REST_OF_WORLD = "ROW";
    public static final String JAPAN = "JPN";

    /** The name in {@code locale}'s language: Japanese for {@code ja}, English for any other. */
    public String name(Locale locale) {
        return DisplayNames.isJapanese(locale) ? nameJa : nameEn;
    }
}
