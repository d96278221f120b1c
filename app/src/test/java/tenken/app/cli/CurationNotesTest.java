package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;

/**
 * Curation notes never reach a reader: everything a user reads — the seeded sources and notes, every
 * bundle, a generated briefing and the CSV outputs — is scanned for the project's internal shorthand
 * (seed document numbers, file paths, setting keys, remarks about "the seed").
 */
class CurationNotesTest {

    /** The shorthand a reader cannot follow; each pattern is named by the leak it catches. */
    static final List<Pattern> CURATION = List.of(
            Pattern.compile("(?i)\\bseed\\s*0\\d\\d\\b"),
            Pattern.compile("(?i)\\bseed (events?|documents?|data|files?)\\b"),
            Pattern.compile("(?i)\\bthe seeds?\\b"),
            Pattern.compile("シード"),
            Pattern.compile("(?i)as cited in"),
            Pattern.compile("shared/(data|seeds)"),
            Pattern.compile("(?i)README\\.md"),
            Pattern.compile("(?i)not stated in the seed"),
            Pattern.compile("\\blevel\\.(critical|high)\\b"));

    private static final List<String> SEED_FILES = List.of("shares.csv", "events.csv", "designations.csv",
            "reference_assessments.csv", "definitions.csv", "materials.csv", "inputs.csv");

    @TempDir
    Path dir;

    static List<String> leaks(String where, String text) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : CURATION) {
            var matcher = pattern.matcher(text);
            while (matcher.find()) {
                int from = Math.max(0, matcher.start() - 40);
                int to = Math.min(text.length(), matcher.end() + 40);
                found.add(where + ": «" + text.substring(from, to).replace('\n', ' ') + "»");
            }
        }
        return found;
    }

    @Test
    void thePatternsCatchTheLeaksTheyAreFor() {
        assertThat(leaks("t", "資料 (seed 003), slide")).hasSize(1);
        assertThat(leaks("t", "Past export controls (seed events)")).hasSize(1);
        assertThat(leaks("t", "参照評価（シード資料の指定理由）")).hasSize(1);
        assertThat(leaks("t", "as cited in shared/data/README.md")).hasSize(3);
        assertThat(leaks("t", "data year not stated in the seed")).hasSize(2);
        assertThat(leaks("t", "settings level.critical / level.high")).hasSize(2);
        assertThat(leaks("t", "USGS Mineral Commodity Summaries 2025, https://pubs.usgs.gov/")).isEmpty();
    }

    @Test
    void theSeededCatalogueCitesItsSourcesAsAReaderCanFollowThem() throws IOException {
        List<String> found = new ArrayList<>();
        for (String file : SEED_FILES) {
            found.addAll(leaks(file, resource("tenken/assets/seed/" + file)));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noBundleStringCarriesACurationNote() {
        List<String> found = new ArrayList<>();
        for (Locale locale : List.of(Messages.JAPANESE, Messages.ENGLISH)) {
            ResourceBundle bundle = Messages.bundle(locale);
            for (String key : Collections.list(bundle.getKeys())) {
                found.addAll(leaks(locale + " " + key, bundle.getString(key)));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void generatedBriefingsAndCsvOutputsCarryNoCurationNote() throws Exception {
        String db = dir.resolve("tenken.db").toString();
        List<String> found = new ArrayList<>();
        for (Locale locale : List.of(Messages.JAPANESE, Messages.ENGLISH)) {
            String lang = locale.getLanguage();
            for (String material : List.of("抗菌性物質製剤", "半導体", "可燃性天然ガス")) {
                Path pdf = dir.resolve(lang + "-" + material + ".pdf");
                assertThat(CliRun.of("--lang", lang, "--db", db, "assessment", "export", "--material", material,
                        "--out", pdf.toString()).status()).isZero();
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    found.addAll(leaks(pdf.getFileName().toString(), new PDFTextStripper().getText(document)));
                }
            }
            Path shares = dir.resolve(lang + "-shares.csv");
            Path analysis = dir.resolve(lang + "-analysis.csv");
            Path scenario = dir.resolve(lang + "-scenario.csv");
            assertThat(CliRun.of("--lang", lang, "--db", db, "export", "--out", shares.toString()).status()).isZero();
            assertThat(CliRun.of("--lang", lang, "--db", db, "analyze", "--out", analysis.toString()).status()).isZero();
            CliRun run = CliRun.of("--lang", lang, "--db", db, "scenario", "--cut", "CHN", "--out", scenario.toString());
            assertThat(run.status()).isZero();
            found.addAll(leaks("scenario output", run.out()));
            for (Path csv : List.of(shares, analysis, scenario)) {
                found.addAll(leaks(csv.getFileName().toString(), Files.readString(csv, StandardCharsets.UTF_8)));
            }
        }
        assertThat(found).isEmpty();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = CurationNotesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
