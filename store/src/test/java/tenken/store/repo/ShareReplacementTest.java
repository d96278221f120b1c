package tenken.store.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.store.TestDatabases;
import tenken.store.db.StoreException;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.SupplyShare;
import tenken.store.progress.ProgressMonitor;

/**
 * The share writer upserts rows and deletes only the suppliers a group lost, and checks foreign keys
 * once per distinct key instead of per row; these pin what that must still guarantee.
 */
class ShareReplacementTest {

    @TempDir
    Path dir;

    private TenkenDatabase database;
    private CatalogueWriter writer;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        database = TestDatabases.withMaterials(dir.resolve("test.db"));
        writer = new CatalogueWriter(database);
    }

    private void write(SupplyShare... shares) {
        writer.replaceShares(sink -> List.of(shares).forEach(sink::accept), ProgressMonitor.NONE);
    }

    private List<SupplyShare> stored() {
        return new CatalogueRepository(database).load().shares();
    }

    private static SupplyShare share(String material, int year, String supplier, double share, String source) {
        return new SupplyShare(material, "refining", "WLD", supplier, share, year, source, "basis " + source,
                "", "note " + source);
    }

    @Test
    void interleavedGroupsKeepTheirNamedSuppliersAndLoseTheOthers() {
        write(share("gallium", 2024, "CHN", 0.9, "old"), share("gallium", 2024, "RUS", 0.05, "old"),
                share("gallium", 2024, "JPN", 0.01, "old"), share("germanium", 2024, "CHN", 0.6, "old"),
                share("germanium", 2024, "USA", 0.3, "old"));

        // The groups' rows alternate, so each group is entered twice.
        write(share("gallium", 2024, "CHN", 0.95, "new"), share("germanium", 2024, "USA", 0.4, "new"),
                share("gallium", 2024, "JPN", 0.02, "new"), share("germanium", 2024, "IND", 0.1, "new"));

        assertThat(stored()).extracting(SupplyShare::material, SupplyShare::supplier, SupplyShare::share,
                SupplyShare::source, SupplyShare::basis, SupplyShare::note)
                .containsExactlyInAnyOrder(
                        tuple("gallium", "CHN", 0.95, "new", "basis new", "note new"),
                        tuple("gallium", "JPN", 0.02, "new", "basis new", "note new"),
                        tuple("germanium", "USA", 0.4, "new", "basis new", "note new"),
                        tuple("germanium", "IND", 0.1, "new", "basis new", "note new"));
    }

    @Test
    void groupsTheRowsDoNotTouchStayAsTheyWere() {
        write(share("gallium", 2023, "CHN", 0.9, "2023"), share("gallium", 2024, "CHN", 0.9, "2024"));

        write(share("gallium", 2024, "RUS", 0.5, "again"));

        assertThat(stored()).extracting(SupplyShare::year, SupplyShare::supplier, SupplyShare::source)
                .containsExactlyInAnyOrder(tuple(2023, "CHN", "2023"), tuple(2024, "RUS", "again"));
    }

    @Test
    void aKeyTheStoreDoesNotHaveIsRefusedAtTheCommitAndNothingIsWritten() {
        write(share("gallium", 2024, "CHN", 0.9, "kept"));

        assertThatThrownBy(() -> write(share("gallium", 2024, "RUS", 0.5, "lost"),
                share("no such material", 2024, "CHN", 0.5, "lost")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThatThrownBy(() -> write(share("gallium", 2024, "ZZZ", 0.5, "lost")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("FOREIGN KEY");

        assertThat(stored()).extracting(SupplyShare::supplier, SupplyShare::source)
                .containsExactly(tuple("CHN", "kept"));
    }
}
