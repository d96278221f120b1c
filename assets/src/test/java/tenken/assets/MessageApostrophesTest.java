package tenken.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Messages#format} passes every pattern through MessageFormat, where a single apostrophe starts a
 * quoted section and disappears ("the catalogue's data" prints "the catalogues data"): an apostrophe is
 * written {@code ''}. The command line's option and usage texts are read by picocli as they are, so they
 * keep single apostrophes.
 */
class MessageApostrophesTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static boolean readByPicocli(String key) {
        return key.startsWith("option.") || key.contains(".usage.");
    }

    @Test
    void everyFormattedMessageWritesItsApostrophesDoubled() {
        List<String> found = new ArrayList<>();
        for (Locale locale : List.of(Messages.JAPANESE, Messages.ENGLISH)) {
            ResourceBundle bundle = Messages.bundle(locale);
            for (String key : Collections.list(bundle.getKeys())) {
                String pattern = bundle.getString(key);
                if (!readByPicocli(key) && LONE_APOSTROPHE.matcher(pattern).find()) {
                    found.add(locale + " " + key + ": " + pattern);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aDoubledApostropheIsPrintedOnce() {
        assertThat(Messages.format(Messages.ENGLISH, "followup.section.dependence"))
                .isEqualTo("Dependence over time (the catalogue's data per year)");
        assertThat(Messages.format(Messages.ENGLISH, "followup.screen.world"))
                .isEqualTo("Top supplier's share of world production (not Japan's sourcing)");
    }
}
