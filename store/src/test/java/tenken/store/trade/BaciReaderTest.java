package tenken.store.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.store.csv.CsvTable;
import tenken.store.csv.ImportException;
import tenken.store.progress.ProgressMonitor;

/**
 * A BACI file read in several parts side by side gives what one pass gives: the same flows in file order, the
 * same rows, and problems at their physical lines. Synthetic rows in BACI's layout, made-up numbers.
 */
class BaciReaderTest {

    @TempDir
    Path dir;

    private BaciReader.CountryCodes countries;
    private final CodeFilter filter = new CodeFilter(List.of("271111", "8108"));

    @BeforeEach
    void codes() {
        Messages.setLocale(Messages.ENGLISH);
        countries = BaciReader.CountryCodes.read("codes.csv", CsvTable.parse("codes.csv",
                "country_code,country_iso3\n36,AUS\n156,CHN\n392,JPN\n458,MYS\n999,XXX\n",
                List.of("country_code", "country_iso3")), Set.of("AUS", "CHN", "JPN", "MYS"));
    }

    /** 300 rows (a mapped code every third row, an NA quantity every seventh), CRLF line ends, a blank line. */
    private String rows(int count) {
        StringBuilder text = new StringBuilder("t,i,j,k,v,q\r\n");
        int[] exporters = {36, 156, 458};
        for (int i = 0; i < count; i++) {
            String code = i % 3 == 0 ? "271111" : i % 3 == 1 ? "810820" : "010121";
            String quantity = i % 7 == 0 ? "             NA" : String.format(Locale.ROOT, "%15.3f", i * 1.25);
            text.append(2020 + i % 4).append(',').append(exporters[i % 3]).append(",392,").append(code).append(',')
                    .append(i).append(".5,").append(quantity).append("\r\n");
            if (i == 150) {
                text.append("\r\n");
            }
        }
        return text.toString();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.US_ASCII);
        return file;
    }

    private List<TradeFlow> read(Path file, int parts, long[] rows) throws Exception {
        List<TradeFlow> flows = new ArrayList<>();
        rows[0] = BaciReader.read(file.toString(), file, countries, filter, ProgressMonitor.NONE, () -> { },
                flows::add, parts);
        return flows;
    }

    @Test
    void partsReadSideBySideGiveTheFlowsOfOnePassInFileOrder() throws Exception {
        Path file = write("baci.csv", rows(300));
        long[] onePass = new long[1];
        List<TradeFlow> expected = read(file, 1, onePass);

        for (int parts : new int[] {2, 3, 7}) {
            long[] rows = new long[1];
            assertThat(read(file, parts, rows)).as(parts + " parts").isEqualTo(expected);
            assertThat(rows[0]).isEqualTo(onePass[0]);
        }
        assertThat(onePass[0]).isEqualTo(300);
        assertThat(expected).hasSize(200);
        assertThat(expected.get(0).quantity()).as("row 0: NA").isNull();
        assertThat(expected.get(1).code()).isEqualTo("810820");
        assertThat(expected.get(1).value()).isEqualTo(1.5);
        assertThat(expected.get(1).quantity()).isEqualTo(1250.0);
    }

    @Test
    void problemsInEveryPartKeepTheirPhysicalLines() throws Exception {
        List<String> lines = new ArrayList<>(List.of(rows(300).split("\r\n", -1)));
        lines.set(10, "2022,37,392,271111,1,1");            // line 11: unknown exporter
        lines.set(250, "2022,36,392,271111,1.2.3,1");       // line 251, after the blank line: a bad value
        lines.set(290, "2022,36,392,271111,1,1,9");          // line 291: seven columns
        Path file = write("bad.csv", String.join("\r\n", lines));

        for (int parts : new int[] {1, 2, 3}) {
            assertThatThrownBy(() -> read(file, parts, new long[1])).as(parts + " parts")
                    .isInstanceOf(ImportException.class)
                    .satisfies(e -> assertThat(((ImportException) e).problems()).extracting(Object::toString)
                            .containsExactly(file + ":11: i: country code \"37\" is not in the --countries table",
                                    file + ":251: v: \"1.2.3\" is not a number",
                                    file + ":291: row: 6 columns expected, 7 found"));
        }
    }

    @Test
    void aFileThatIsNotBaciIsRefusedAtItsHeaderWhateverThePartsRead() throws Exception {
        Path file = write("other.csv", rows(300).replace("t,i,j,k,v,q", "year,exporter,importer,k,v,q"));

        for (int parts : new int[] {1, 3}) {
            assertThatThrownBy(() -> read(file, parts, new long[1])).isInstanceOf(ImportException.class)
                    .satisfies(e -> assertThat(((ImportException) e).problems()).singleElement()
                            .satisfies(p -> assertThat(p.line()).isEqualTo(1)));
        }
    }

    @Test
    void theBoundsOfThePartsFallJustAfterLineBreaks() throws Exception {
        Path file = write("baci.csv", rows(50));
        byte[] bytes = Files.readAllBytes(file);

        long[] bounds = BaciReader.partsFor(file, bytes.length, 4);

        assertThat(bounds).startsWith(0).endsWith(bytes.length).isSorted();
        for (int i = 1; i < bounds.length - 1; i++) {
            assertThat(bytes[(int) bounds[i] - 1]).isEqualTo((byte) '\n');
        }
    }
}
