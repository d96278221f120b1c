package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;

/**
 * {@code tenken leverage} on the shipped catalogue: the figures that the seed holds. Under the
 * shipped high threshold (50 %) they are all below the default minimum; a lowered one brings them in.
 */
class LeverageSeededTest {

    @TempDir
    static Path dir;
    private static String db;

    @BeforeAll
    static void seededDatabase() {
        db = dir.resolve("tenken.db").toString();
        assertThat(CliRun.of("--db", db, "check").status()).isZero();
    }

    /** The briefings are read in Japanese, whatever language a test class run before this one left set. */
    @BeforeEach
    void inJapanese() {
        Messages.setLocale(Messages.JAPANESE);
    }

    private static Map<String, JsonNode> byMaterial(String... options) throws Exception {
        String[] args = new String[options.length + 4];
        System.arraycopy(new String[] {"--db", db, "leverage", "--json"}, 0, args, 0, 4);
        System.arraycopy(options, 0, args, 4, options.length);
        CliRun run = CliRun.of(args);
        assertThat(run.status()).as(run.err()).isZero();
        Map<String, JsonNode> rows = new HashMap<>();
        new ObjectMapper().readTree(run.out()).forEach(row -> rows.put(row.get("material").asText(), row));
        return rows;
    }

    @Test
    void semiconductorMaterialsIodineAndTitaniumSpongeWithTheirRanks() throws Exception {
        Map<String, JsonNode> rows = byMaterial("--min-share", "0.15");

        JsonNode semiconductors = rows.get("semiconductor materials");
        assertThat(semiconductors.get("japan_share").asDouble()).isEqualTo(0.48);
        assertThat(semiconductors.get("rank").asInt()).isEqualTo(1);
        assertThat(semiconductors.get("leakage_material").asBoolean()).isTrue();

        JsonNode iodine = rows.get("iodine");
        assertThat(iodine.get("japan_share").asDouble()).isEqualTo(0.282);
        assertThat(iodine.get("year").asInt()).isEqualTo(2024);
        assertThat(iodine.get("rank").asInt()).as("second after Chile").isEqualTo(2);
        assertThat(iodine.get("leakage_material").asBoolean()).isFalse();
        assertThat(iodine.get("source").asText()).contains("USGS");

        JsonNode titanium = rows.get("titanium sponge");
        assertThat(titanium.get("japan_share").asDouble()).isEqualTo(0.17);
        assertThat(titanium.get("leakage_material").asBoolean()).as("an aircraft part").isTrue();
    }

    @Test
    void thePictureForBriefingsIsWrittenInEveryPictureFormat() throws Exception {
        for (String extension : java.util.List.of("png", "svg", "pdf", "pptx")) {
            Path file = dir.resolve("strengths." + extension);
            CliRun run = CliRun.of("--db", db, "export-leverage", "--min-share", "0.15", "--out", file.toString());
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(java.nio.file.Files.size(file)).isPositive();
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("strengths.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("日本の強み", "半導体部素材", "48%", "ヨウ素", "28.2%", "スポンジチタン", "USGS");
        }
        String svg = java.nio.file.Files.readString(dir.resolve("strengths.svg"));
        assertThat(svg).contains("技術流出対策の対象物資").doesNotContain("ガリウム");
    }

    @Test
    void theBriefingOfATechnologyLeakageMaterialHasASectionOnJapansStrengths() throws Exception {
        Path semiconductors = dir.resolve("semiconductors.pdf");
        Path gas = dir.resolve("gas.pdf");
        assertThat(CliRun.of("--db", db, "assessment", "export", "--material", "半導体", "--out",
                semiconductors.toString()).status()).isZero();
        assertThat(CliRun.of("--db", db, "assessment", "export", "--material", "可燃性天然ガス", "--out",
                gas.toString()).status()).isZero();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(semiconductors.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("日本の強み（技術流出対策の対象物資）", "半導体部素材（部素材）:日本48%",
                    "供給国中1位");
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(gas.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).doesNotContain("日本の強み");
        }
    }

    @Test
    void theShippedHighThresholdLeavesIodineOut() throws Exception {
        assertThat(byMaterial()).doesNotContainKey("iodine");
        assertThat(byMaterial("--min-share", "0.28")).containsKey("iodine");
    }
}
