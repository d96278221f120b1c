package tenken.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where Tenken keeps its database when no {@code --db} is given. */
class TenkenDatabaseDefaultFileTest {

    @Test
    void tenkenHomeWinsWhenSet() {
        assertThat(TenkenDatabase.defaultFile("/srv/tenken", "/home/analyst"))
                .isEqualTo(Path.of("/srv/tenken", "tenken.db"));
    }

    @Test
    void otherwiseADotFolderUnderJavasUserHome() {
        assertThat(TenkenDatabase.defaultFile(null, "/home/analyst"))
                .isEqualTo(Path.of("/home/analyst", ".tenken", "tenken.db"));
        assertThat(TenkenDatabase.defaultFile("  ", "/home/analyst"))
                .isEqualTo(Path.of("/home/analyst", ".tenken", "tenken.db"));
    }
}
