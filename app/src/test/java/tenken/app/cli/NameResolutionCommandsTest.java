package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;

/** One name lookup for every command: materials declared by file, names resolved or refused with "did you mean". */
class NameResolutionCommandsTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        db = dir.resolve("tenken.db").toString();
    }

    private Path file(String name, String content) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void declareMaterialsThenImportSharesNamingThem() throws Exception {
        Path materials = file("m.csv", "material,name_ja,name_en,parent\nantimony,アンチモン,Antimony,\n"
                + "antimony trioxide,三酸化アンチモン,Antimony trioxide,antimony\n");
        Path shares = file("s.csv", "material,stage,country_iso3,share,year,source\n"
                + "アンチモン,Mining,CHN,0.48,2024,USGS MCS 2025\n");

        CliRun declared = CliRun.of("--db", db, "import", "--materials", materials.toString());
        CliRun imported = CliRun.of("--db", db, "import", shares.toString());
        CliRun json = CliRun.of("--db", db, "materials", "--json");

        assertThat(declared.status()).as(declared.err()).isZero();
        assertThat(declared.out()).contains("declared 2 materials (2 new)");
        assertThat(imported.status()).as(imported.err()).isZero();
        JsonNode antimony = null;
        for (JsonNode material : new ObjectMapper().readTree(json.out())) {
            if (material.get("key").asText().equals("antimony")) {
                antimony = material;
            }
        }
        assertThat(antimony).as("the declared candidate is listed at once").isNotNull();
        assertThat(antimony.get("designated").asBoolean()).isFalse();
        assertThat(antimony.get("items").toString()).contains("antimony trioxide");
    }

    @Test
    void aShareRowNamingAnUnknownMaterialIsRefusedAndCreatesNothing() throws Exception {
        Path shares = file("s.csv", "material,stage,country_iso3,share,year,source\ngalium,refining,CHN,0.5,2024,s\n");

        CliRun run = CliRun.of("--db", db, "import", shares.toString());
        CliRun json = CliRun.of("--db", db, "materials", "--json");

        assertThat(run.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(run.err()).contains(shares + ":2: material: unknown material \"galium\" (did you mean gallium / ガリウム?)");
        assertThat(json.out()).doesNotContain("galium");
    }

    @Test
    void everyMaterialOptionUsesTheSameLookup() {
        CliRun assessment = CliRun.of("--db", db, "assessment", "export", "--material", "ケイ素", "--out",
                dir.resolve("b.pdf").toString());
        CliRun show = CliRun.of("--db", db, "assessment", "show", "--material", "ｇａｌｌｉｕｍ\u200B");
        CliRun scenario = CliRun.of("--db", db, "scenario", "--cut", "CHN", "--material", "Galium");

        assertThat(assessment.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(assessment.err()).contains("unknown material \"ケイ素\" (did you mean silicon / ケイ素（シリコン）?)")
                .doesNotContain("Exception");
        assertThat(dir.resolve("b.pdf")).doesNotExist();
        assertThat(show.err()).doesNotContain("unknown material");
        assertThat(scenario.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(scenario.err()).contains("did you mean gallium / ガリウム?");
    }

    @Test
    void anUnknownEncodingIsAMessageNotAStackTrace() throws Exception {
        Path shares = file("s.csv", "material,stage,country_iso3,share,year,source\ngallium,refining,CHN,0.5,2024,s\n");

        CliRun run = CliRun.of("--db", db, "import", "--encoding", "FOO", shares.toString());

        assertThat(run.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(run.err()).contains("unknown encoding \"FOO\"").doesNotContain("Exception")
                .as("an option has no line to point at").startsWith("--encoding: ");
    }
}
