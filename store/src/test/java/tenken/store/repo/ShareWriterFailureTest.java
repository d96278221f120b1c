package tenken.store.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
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

/** Failures on either side of the writer thread end the import with nothing written and no thread left behind. */
class ShareWriterFailureTest {

    @TempDir
    Path dir;

    private TenkenDatabase database;
    private CatalogueWriter writer;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        database = TestDatabases.withMaterials(dir.resolve("test.db"));
        writer = new CatalogueWriter(database);
        writer.replaceShares(sink -> sink.accept(share(2024, "CHN")), ProgressMonitor.NONE);
    }

    private static SupplyShare share(int year, String supplier) {
        return new SupplyShare("gallium", "refining", "WLD", supplier, 0.1, year, "s " + year);
    }

    /** More rows than one hand-over, so that the writer thread is writing while the caller still reads. */
    private static List<SupplyShare> manyRows() {
        List<SupplyShare> rows = new ArrayList<>();
        for (int year = 1900; year <= 2100; year++) {
            for (String supplier : List.of("CHN", "IND", "ITA", "JPN", "USA", "RUS", "ROW")) {
                rows.add(share(year, supplier));
            }
        }
        return rows;
    }

    private List<SupplyShare> stored() {
        return new CatalogueRepository(database).load().shares();
    }

    private static boolean writerThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("tenken-share-writer") && thread.isAlive());
    }

    @Test
    void anSqlFailureOnTheWriterThreadReachesTheCallerAndNothingIsWritten() {
        List<SupplyShare> rows = manyRows();
        rows.add(1, rows.get(0)); // the same row twice: the primary key refuses the second

        assertThatThrownBy(() -> writer.replaceShares(sink -> rows.forEach(sink::accept), ProgressMonitor.NONE))
                .isInstanceOf(StoreException.class);

        assertThat(stored()).extracting(SupplyShare::year, SupplyShare::supplier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2024, "CHN"));
        assertThat(writerThreadAlive()).isFalse();
    }

    @Test
    void aFailureOfTheProducerAfterManyRowsStopsTheWriterAndNothingIsWritten() {
        List<SupplyShare> rows = manyRows();

        assertThatThrownBy(() -> writer.replaceShares(sink -> {
            rows.forEach(sink::accept);
            throw new IllegalStateException("refused at the end");
        }, ProgressMonitor.NONE)).isInstanceOf(IllegalStateException.class).hasMessage("refused at the end");

        assertThat(stored()).hasSize(1);
        assertThat(writerThreadAlive()).isFalse();
    }

    @Test
    void rowsOutOfKeyOrderAcrossBatchesAreAllStored() {
        List<SupplyShare> rows = manyRows();
        java.util.Collections.reverse(rows);

        writer.replaceShares(sink -> rows.forEach(sink::accept), ProgressMonitor.NONE);

        assertThat(stored()).hasSize(rows.size())
                .filteredOn(share -> share.year() == 2024).extracting(SupplyShare::source).containsOnly("s 2024");
    }
}
