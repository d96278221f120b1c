package tenken.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.store.csv.ImportException;
import tenken.store.csv.ImportProblem;
import tenken.store.csv.TextDecoder;
import tenken.store.db.TenkenDatabase;
import tenken.store.io.CatalogueImporter;
import tenken.store.model.SupplyShare;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueRepository;

/**
 * Share files larger than one hand-over to the writer thread (so that rows are already written when the
 * file turns out bad): a shares file is read as UTF-8 without the whole-file scan, and when a byte late in
 * the file refutes that, the written rows are rolled back and the file is decided as before. The answer
 * must be exactly what deciding first gives.
 */
class LargeShareImportTest {

    private static final String HEADER = "material,stage,country_iso3,share,year,source\n";
    private static final List<String> SUPPLIERS = List.of("CHN", "IND", "ITA", "JPN", "USA", "RUS", "ROW");
    private static final List<String> MATERIALS = List.of("gallium", "germanium", "neodymium", "dysprosium");

    @TempDir
    Path dir;

    private TenkenDatabase database;
    private CatalogueImporter importer;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        database = TestDatabases.withMaterials(dir.resolve("test.db"));
        importer = new CatalogueImporter(database);
    }

    /** 200 years × 4 materials × 7 suppliers = 5,600 rows, more than one batch of the writer thread. */
    private static String manyRows(String materialOfTheLastYear) {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int year = 1901; year <= 2100; year++) {
            for (String material : MATERIALS) {
                for (String supplier : SUPPLIERS) {
                    String named = year == 2100 && material.equals("gallium") ? materialOfTheLastYear : material;
                    rows.append(named).append(",refining,").append(supplier).append(",0.1,").append(year)
                            .append(",\"USGS, ").append(year).append("\"\n");
                }
            }
        }
        return rows.toString();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private Path file(String name, byte[] content) throws Exception {
        Path path = dir.resolve(name);
        Files.write(path, content);
        return path;
    }

    private List<SupplyShare> stored() {
        return new CatalogueRepository(database).load().shares();
    }

    private static List<String> problems(Runnable importing) {
        try {
            importing.run();
        } catch (ImportException e) {
            return e.problems().stream().map(ImportProblem::toString).toList();
        }
        throw new AssertionError("accepted");
    }

    /** What deciding the encoding before reading says of the file, as the import did before it guessed. */
    private static List<String> decided(Path file, byte[] content, Charset encoding) {
        return problems(() -> TextDecoder.decide(file.toString(), TextDecoder.ByteSource.of(content), encoding));
    }

    private void importSmallFile() throws Exception {
        importer.importShares(file("kept.csv", (HEADER + "gallium,refining,CHN,0.9,2024,kept\n")
                .getBytes(StandardCharsets.UTF_8)), null, ProgressMonitor.NONE);
    }

    @Test
    void aBrokenUtf8ByteLateInTheFileIsRefusedAsBeforeAndWhatWasStoredStays() throws Exception {
        importSmallFile();
        byte[] content = concat(manyRows("ガリウム").getBytes(StandardCharsets.UTF_8),
                "gallium,refining,CHN,0.1,2024,\"broken \u00e9".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE3, (byte) 0x81}, "\"\n".getBytes(StandardCharsets.UTF_8));
        Path file = file("broken.csv", content);

        List<String> refused = problems(() -> importer.importShares(file, null, ProgressMonitor.NONE));

        assertThat(refused).isEqualTo(decided(file, content, null))
                .singleElement().asString().startsWith(file + ":5602: encoding: looks like UTF-8");
        assertThat(stored()).extracting(SupplyShare::source).containsExactly("kept");
    }

    @Test
    void rowProblemsBeforeALateBadByteGiveWayToTheEncodingProblem() throws Exception {
        byte[] content = concat((HEADER + "gallium,refining,CHN,x,2024,s\n").getBytes(StandardCharsets.UTF_8),
                manyRows("gallium").substring(HEADER.length()).getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0x80, (byte) 0xFF});
        Path file = file("late.csv", content);

        assertThat(problems(() -> importer.importShares(file, null, ProgressMonitor.NONE)))
                .isEqualTo(decided(file, content, null))
                .singleElement().asString().contains(": encoding: ");
    }

    @Test
    void aNulCharacterLateInTheFileIsRefusedAsBinary() throws Exception {
        importSmallFile();
        byte[] content = concat(manyRows("gallium").getBytes(StandardCharsets.UTF_8),
                "gallium,refining,CHN,0.1,2024,a\u0000b\n".getBytes(StandardCharsets.UTF_8));
        Path file = file("nul.csv", content);

        assertThat(problems(() -> importer.importShares(file, null, ProgressMonitor.NONE)))
                .isEqualTo(decided(file, content, null))
                .singleElement().asString().startsWith(file + ":5602: encoding: not a text file");
        assertThat(stored()).extracting(SupplyShare::source).containsExactly("kept");
    }

    @Test
    void aForcedEncodingThatFailsLateIsRefusedAsBefore() throws Exception {
        byte[] content = manyRows("ガリウム").getBytes(TextDecoder.WINDOWS_31J);
        Path file = file("forced.csv", content);

        assertThat(problems(() -> importer.importShares(file, StandardCharsets.UTF_8, ProgressMonitor.NONE)))
                .isEqualTo(decided(file, content, StandardCharsets.UTF_8))
                .containsExactly(file + ":5574: encoding: contains bytes that are not valid UTF-8");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aShiftJisFileWhoseFirstJapaneseIsLateIsReadAgainAsShiftJisAndStoredOnce() throws Exception {
        byte[] content = manyRows("ガリウム").replace("\n", "\r\n").getBytes(TextDecoder.WINDOWS_31J);

        CatalogueImporter.Summary summary = importer.importShares(file("sjis.csv", content), null,
                ProgressMonitor.NONE);

        assertThat(summary.charset()).isEqualTo(TextDecoder.WINDOWS_31J);
        assertThat(summary.rows()).isEqualTo(5_600);
        assertThat(stored()).hasSize(5_600)
                .filteredOn(share -> share.year() == 2100 && share.material().equals("gallium")).hasSize(7);
    }

    @Test
    void aLargeFileIsStoredExactlyAndReplacedGroupByGroup() throws Exception {
        Path first = file("first.csv", manyRows("gallium").getBytes(StandardCharsets.UTF_8));
        importer.importShares(first, null, ProgressMonitor.NONE);
        // The second file names one supplier fewer in every group of 2000 and changes the share.
        String second = HEADER + manyRows("gallium").lines().skip(1)
                .filter(line -> !(line.contains(",2000,") && line.contains(",ROW,")))
                .map(line -> line.contains(",2000,") ? line.replace(",0.1,", ",0.125,") : line)
                .reduce("", (all, line) -> all + line + "\n");

        importer.importShares(file("second.csv", second.getBytes(StandardCharsets.UTF_8)), null, ProgressMonitor.NONE);

        assertThat(stored()).hasSize(5_600 - MATERIALS.size());
        assertThat(stored()).filteredOn(share -> share.year() == 2000)
                .hasSize(MATERIALS.size() * (SUPPLIERS.size() - 1))
                .allSatisfy(share -> assertThat(share.share()).isEqualTo(0.125))
                .noneMatch(share -> share.supplier().equals("ROW"));
        assertThat(stored()).filteredOn(share -> share.year() == 1999).hasSize(MATERIALS.size() * SUPPLIERS.size())
                .allSatisfy(share -> assertThat(share.source()).isEqualTo("USGS, 1999"));
    }

    @Test
    void aCancelAfterRowsWereWrittenWritesNothing() throws Exception {
        importSmallFile();
        Path file = file("many.csv", manyRows("gallium").getBytes(StandardCharsets.UTF_8));
        ProgressMonitor cancelLate = new ProgressMonitor() {
            private long done;

            @Override
            public void progress(long lines, long total) {
                done = lines;
            }

            @Override
            public boolean isCancelled() {
                return done > 5_000;
            }
        };

        assertThatThrownBy(() -> importer.importShares(file, null, cancelLate))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(stored()).extracting(SupplyShare::source).containsExactly("kept");
    }
}
