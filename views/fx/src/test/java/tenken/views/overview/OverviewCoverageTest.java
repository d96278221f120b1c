package tenken.views.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.store.db.TenkenDatabase;
import tenken.store.repo.CatalogueRepository;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.model.OverviewRow;

/** The shipped catalogue covers all twelve designated materials: no row of the overview reads データなし. */
class OverviewCoverageTest {

    @TempDir
    Path dir;

    @Test
    void everyDesignatedMaterialHasALevelAndATopSupplierWithItsSource() {
        Messages.setLocale(Messages.JAPANESE);
        AnalysisSnapshot analysis = AnalysisSnapshot.of(
                new CatalogueRepository(TenkenDatabase.open(dir.resolve("seeded.db"))).load());

        List<OverviewRow> all = OverviewViewModel.rowsOf(analysis);
        List<OverviewRow> rows = all.stream().filter(OverviewRow::designated).toList();

        assertThat(rows).hasSize(12);
        assertThat(all.subList(0, 12)).isEqualTo(rows);
        assertThat(all.subList(12, all.size())).isNotEmpty().allSatisfy(row -> assertThat(row.name()).endsWith("（指定外）"));
        rows.forEach(row -> System.out.printf("overview: %s %s %s%n", row.name(), row.level(), row.topSupplier()));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.level()).as(row.key()).isNotNull();
            assertThat(row.source()).as(row.key()).isNotBlank();
            assertThat(row.year()).as(row.key()).isPositive();
        });
    }
}
