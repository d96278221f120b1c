package tenken.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 13 item 8: English reads as English — no Japanese list dot, no "oku yen", counts in singular and plural. */
class EnglishWordingTest {

    private static final Path BUNDLES = Path.of("src/main/resources/tenken/assets/i18n");

    @Test
    void noEnglishMessageCarriesTheJapaneseMiddleDotOrOkuYen() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(file -> file.getFileName().toString().endsWith("_en.properties")).toList()) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((key, value) -> {
                    String text = value.toString();
                    if (text.contains("・") || text.toLowerCase(java.util.Locale.ROOT).contains("oku yen")) {
                        offending.add(bundle.getFileName() + ": " + key + "=" + text);
                    }
                });
            }
        }
        assertThat(offending).isEmpty();
        assertThat(Messages.format(Messages.ENGLISH, "overview.column.budget")).isEqualTo("Fund (¥100 million)");
    }

    @Test
    void listsAreJoinedInTheSessionLanguage() {
        assertThat(Messages.format(Messages.ENGLISH, "common.listSeparator")).isEqualTo(", ");
        assertThat(Messages.format(Messages.JAPANESE, "common.listSeparator")).isEqualTo("・");
        assertThat(Messages.format(Messages.ENGLISH, "common.bullet")).isEqualTo("• ");
    }

    @Test
    void countsTakeTheSingularForOneAndThePluralOtherwise() {
        assertThat(Messages.format(Messages.ENGLISH, "cli.import.doneShares", "a.csv", 1, 1, "UTF-8"))
                .isEqualTo("a.csv: imported 1 share row (1 group) (encoding UTF-8).");
        assertThat(Messages.format(Messages.ENGLISH, "cli.import.doneShares", "a.csv", 1234, 2, "UTF-8"))
                .isEqualTo("a.csv: imported 1,234 share rows (2 groups) (encoding UTF-8).");
        assertThat(Messages.format(Messages.ENGLISH, "cli.import.doneShares", "a.csv", 0, 0, "UTF-8"))
                .isEqualTo("a.csv: imported 0 share rows (0 groups) (encoding UTF-8).");
        assertThat(Messages.format(Messages.ENGLISH, "cli.import.doneInputs", "b.csv", 1, 3, "UTF-8"))
                .isEqualTo("b.csv: imported 1 input relation (3 material-stages) (encoding UTF-8).");
        assertThat(Messages.format(Messages.ENGLISH, "cli.import.doneMaterials", "m.csv", 1, 1, "UTF-8"))
                .isEqualTo("m.csv: declared 1 material (1 new) (encoding UTF-8).");
        assertThat(Messages.format(Messages.ENGLISH, "cli.export.done", "s.csv", 1)).isEqualTo("Wrote 1 row to s.csv.");
        assertThat(Messages.format(Messages.ENGLISH, "export.table.done", "t.csv", 2)).isEqualTo("Written to t.csv (2 rows).");
        assertThat(Messages.format(Messages.ENGLISH, "followup.screen.plans", 1)).isEqualTo("1 plan");
        assertThat(Messages.format(Messages.ENGLISH, "followup.screen.plans", 26)).isEqualTo("26 plans");
        // Japanese has no plural; its counts stay ungrouped, as they were when passed as text.
        assertThat(Messages.format(Messages.JAPANESE, "cli.import.doneShares", "a.csv", 1234, 2, "UTF-8"))
                .isEqualTo("a.csv: シェア 1234 行（2 グループ）を取り込みました（文字コード UTF-8）。");
        assertThat(Messages.format(Messages.JAPANESE, "followup.screen.plans", 26)).isEqualTo("26件");
    }
}
