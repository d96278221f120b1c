package tenken.store.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one choice of display names: Japanese for a {@code ja} locale, English for any other, codes as they are. */
class DisplayNamesTest {

    private final Catalogue catalogue = new Catalogue(
            List.of(new Country("CHN", "中国", "China", false)),
            List.of(new Stage("refining", "製錬・精製", "Refining and processing", 2)),
            List.of(new Material("gallium", "ガリウム", "Gallium", null, 1)),
            List.of(), List.of(), List.of(), List.of(), Map.of());

    @Test
    void japaneseForJapaneseEnglishForAnyOtherLocale() {
        DisplayNames japanese = new DisplayNames(catalogue, Locale.JAPANESE);
        DisplayNames english = new DisplayNames(catalogue, Locale.ENGLISH);
        DisplayNames french = new DisplayNames(catalogue, Locale.FRENCH);

        assertThat(japanese.country("CHN")).isEqualTo("中国");
        assertThat(japanese.material("gallium")).isEqualTo("ガリウム");
        assertThat(japanese.stage("refining")).isEqualTo("製錬・精製");
        assertThat(english.country("CHN")).isEqualTo("China");
        assertThat(english.stage("refining")).isEqualTo("Refining and processing");
        assertThat(french.material("gallium")).isEqualTo("Gallium");
        assertThat(new DisplayNames(catalogue, Locale.JAPAN).material("gallium")).isEqualTo("ガリウム");
    }

    @Test
    void whatTheCatalogueDoesNotKnowIsShownAsItIs() {
        DisplayNames names = new DisplayNames(catalogue, Locale.JAPANESE);

        assertThat(names.country("XKX")).isEqualTo("XKX");
        assertThat(names.material("unobtainium")).isEqualTo("unobtainium");
        assertThat(names.stage("smelting")).isEqualTo("smelting");
        assertThat(names.stageOrder("smelting")).isEqualTo(Integer.MAX_VALUE);
        assertThat(names.stageOrder("refining")).isEqualTo(2);
    }
}
