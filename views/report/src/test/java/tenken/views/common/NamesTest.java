package tenken.views.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tenken.assets.Messages;
import tenken.graph.network.Item;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.model.Stage;

/**
 * Issue 11 item 7: one locale-taking name lookup. Names, and the wording of consumers and items, come in
 * the language asked for, whatever the session's language is; a code the catalogue does not know stands
 * for itself.
 */
class NamesTest {

    private static final Catalogue CATALOGUE = new Catalogue(
            List.of(new Country("CHN", "中国", "China", false), new Country("WLD", "世界", "World", true)),
            List.of(new Stage("refining", "製錬・精製", "Refining and processing", 2)),
            List.of(new Material("gallium", "ガリウム", "Gallium", null, 1)),
            List.of(), List.of(), List.of(), List.of(), Map.of());

    @AfterEach
    void restore() {
        Messages.setLocale(Messages.JAPANESE);
    }

    @Test
    void namesComeInTheLanguageAskedForNotTheSessions() {
        Messages.setLocale(Messages.JAPANESE);
        Names english = new Names(CATALOGUE, Messages.ENGLISH);
        Names japanese = new Names(CATALOGUE, Messages.JAPANESE);

        assertThat(english.material("gallium")).isEqualTo("Gallium");
        assertThat(english.stage("refining")).isEqualTo("Refining and processing");
        assertThat(english.country("CHN")).isEqualTo("China");
        assertThat(english.item(new Item("gallium", "refining"))).isEqualTo("Gallium (Refining and processing)");
        assertThat(english.consumer("WLD")).isEqualTo(Messages.format(Messages.ENGLISH, "consumer.world"));
        assertThat(english.consumer("CHN")).isEqualTo(Messages.format(Messages.ENGLISH, "consumer.imports", "China"));
        assertThat(japanese.item(new Item("gallium", "refining"))).isEqualTo("ガリウム（製錬・精製）");
        assertThat(japanese.consumer("CHN")).isEqualTo(Messages.format(Messages.JAPANESE, "consumer.imports", "中国"));
    }

    @Test
    void theSessionsLanguageIsTheDefaultAndUnknownCodesStandForThemselves() {
        Messages.setLocale(Messages.ENGLISH);
        Names session = new Names(CATALOGUE);

        assertThat(session.material("gallium")).isEqualTo("Gallium");
        assertThat(session.material("unobtainium")).isEqualTo("unobtainium");
        assertThat(session.stage("mining")).isEqualTo("mining");
        assertThat(session.country("XXX")).isEqualTo("XXX");
    }
}
