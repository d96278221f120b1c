package tenken.assets;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible text of Tenken, from the {@code messages} bundles (UTF-8 properties).
 *
 * <p>Japanese is the primary language and lives in the base bundle; English is {@code messages_en}.
 * Lookup never falls back to the JVM's default locale, so an English-locale workstation that asks for
 * Japanese gets Japanese, and vice versa.
 */
public final class Messages {

    /**
     * The bundles, one per area so that each area's text stays together; a key is looked up in them in
     * this order.
     */
    public static final List<String> BUNDLES = List.of(
            "tenken.assets.i18n.messages",
            "tenken.assets.i18n.analysis",
            "tenken.assets.i18n.views",
            "tenken.assets.i18n.exports",
            "tenken.assets.i18n.assessment",
            "tenken.assets.i18n.trade",
            "tenken.assets.i18n.followup");
    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static volatile Locale current = initialLocale();

    private Messages() {
    }

    /** The language of the session: {@code -Dtenken.lang=en|ja}, else Japanese. */
    private static Locale initialLocale() {
        return forLanguage(System.getProperty("tenken.lang", "ja"));
    }

    /** {@code "en"} gives English; anything else gives Japanese, the primary language. */
    public static Locale forLanguage(String language) {
        return "en".equalsIgnoreCase(language) ? ENGLISH : JAPANESE;
    }

    public static Locale locale() {
        return current;
    }

    public static void setLocale(Locale locale) {
        current = forLanguage(locale.getLanguage());
    }

    /** {@code "ja"} or {@code "en"}. */
    public static String language() {
        return current.getLanguage();
    }

    public static ResourceBundle bundle() {
        return bundle(current);
    }

    /** All bundles of {@code locale} as one, for FXML loaders and controls that take a single bundle. */
    public static ResourceBundle bundle(Locale locale) {
        return new CompositeBundle(locale);
    }

    private static ResourceBundle single(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** True when some bundle has {@code key}. */
    public static boolean has(String key) {
        return bundle(current).containsKey(key);
    }

    private static final class CompositeBundle extends ResourceBundle {
        private final Locale locale;
        /**
         * Each part as it is first looked in: a key is found in the first parts that have it, and a command
         * that prints a few messages then reads one or two bundles instead of all.
         */
        private final ResourceBundle[] parts = new ResourceBundle[BUNDLES.size()];

        CompositeBundle(Locale locale) {
            this.locale = locale;
        }

        private ResourceBundle part(int index) {
            if (parts[index] == null) {
                parts[index] = single(BUNDLES.get(index), locale);
            }
            return parts[index];
        }

        @Override
        protected Object handleGetObject(String key) {
            for (int i = 0; i < parts.length; i++) {
                if (part(i).containsKey(key)) {
                    return part(i).getObject(key);
                }
            }
            return null;
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new LinkedHashSet<>();
            for (int i = 0; i < parts.length; i++) {
                keys.addAll(part(i).keySet());
            }
            return Collections.enumeration(keys);
        }
    }

    /**
     * The text for {@code key} in the session language, with {@link MessageFormat} arguments. Pass years
     * and codes as strings: {@code {0}} would group a number's digits (2,024).
     */
    public static String get(String key, Object... args) {
        return format(current, key, args);
    }

    public static String format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No message '" + key + "' in " + BUNDLES, e);
        }
        // Always through MessageFormat, so that apostrophes are written '' in every pattern alike.
        return new MessageFormat(pattern, locale).format(args);
    }
}
