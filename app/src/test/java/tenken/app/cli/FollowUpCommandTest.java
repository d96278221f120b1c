package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;

class FollowUpCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        db = dir.resolve("t.db").toString();
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonHasTheIssuesKeysAndTheDocumentsFigures() throws Exception {
        CliRun run = CliRun.of("followup", "--db", db, "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(fields(root)).startsWith("plans", "report_status", "evaluations", "targets", "funds");
        assertThat(fields(root.get("plans").get(0))).startsWith("material", "as_of", "count", "source");
        assertThat(fields(root.get("report_status").get(0))).startsWith("round", "as_of", "reports", "ahead", "on_plan",
                "minor_delay", "delay", "discontinued", "source");
        assertThat(fields(root.get("evaluations").get(0))).startsWith("material", "as_of", "mark", "text", "source");
        assertThat(fields(root.get("targets").get(0))).startsWith("material", "target", "year", "source");
        int total2025 = 0;
        for (JsonNode plan : root.get("plans")) {
            if (plan.get("as_of").asText().equals("2025-10-29")) {
                total2025 += plan.get("count").asInt();
            }
        }
        assertThat(total2025).isEqualTo(135);
        JsonNode latest = root.get("report_status").get(1);
        assertThat(List.of(latest.get("ahead").asInt(), latest.get("on_plan").asInt(), latest.get("minor_delay").asInt(),
                latest.get("delay").asInt(), latest.get("discontinued").asInt(), latest.get("reports").asInt()))
                .containsExactly(9, 64, 25, 18, 5, 121);
        assertThat(root.get("report_status").get(0).get("ahead").isNull()).isTrue();
    }

    @Test
    void oneMaterialByJapaneseNameOrByOneOfItsItems() throws Exception {
        JsonNode byName = new ObjectMapper().readTree(CliRun.of("followup", "--db", db, "--material", "航空機の部品",
                "--json").out());
        assertThat(byName.get("plans")).extracting(p -> p.get("count").asInt()).containsExactly(10, 15, 18);
        assertThat(byName.get("evaluations")).singleElement().satisfies(e -> assertThat(e.get("mark").asText()).isEqualTo("■"));
        // Titanium sponge is an item of aircraft parts: its dependence is shown under the material.
        assertThat(byName.get("dependence")).anySatisfy(d -> assertThat(d.get("item").asText()).isEqualTo("titanium sponge"));
        JsonNode byItem = new ObjectMapper().readTree(CliRun.of("followup", "--db", db, "--material", "titanium sponge",
                "--json").out());
        assertThat(byItem.get("plans")).hasSize(3);
    }

    @Test
    void anUnknownMaterialIsRefusedWithSuggestions() {
        CliRun run = CliRun.of("followup", "--db", db, "--material", "semicondutors");
        assertThat(run.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(run.err()).contains("semicondutors").contains("did you mean").contains("semiconductors / 半導体");
    }

    @Test
    void textSaysWorldProductionInWordsAndCitesEveryFigure() {
        CliRun run = CliRun.of("followup", "--db", db, "--material", "critical minerals", "--lang", "en");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Certified plans: 2 (2024-06-04) → 5 (2025-02-28) → 6 (2025-10-29)")
                .contains("Progress evaluation △").contains("world production, not Japan's sourcing")
                .contains("Round 2 (2025-09-30), 121 business reports").contains("Source: ");
    }

    @Test
    void theCommandLineWordsRoundsAndDependenceAsTheScreenAndBriefingDo() {
        CliRun ja = CliRun.of("followup", "--db", db, "--material", "航空機の部品", "--lang", "ja");
        assertThat(ja.status()).as(ja.err()).isZero();
        assertThat(ja.out()).contains("第2回（2025-09-30）事業者報告 121件: 前倒し 9件（7.4%）、計画通り 64件（52.9%）")
                .contains("2024年 スポンジチタン 首位 中国 67.8%・HHI 0.50");
        CliRun en = CliRun.of("followup", "--db", db, "--material", "aircraft parts", "--lang", "en");
        assertThat(en.out()).contains("Round 2 (2025-09-30), 121 business reports: Ahead of plan 9 (7.4%), On plan 64 (52.9%)")
                .contains("2024 Titanium sponge top China 67.8%, HHI 0.50");
    }

    @Test
    void importFollowUpAddsARoundAndARefusedFileChangesNothing() throws Exception {
        Path good = dir.resolve("round3.csv");
        Files.writeString(good, "round,as_of,reports,ahead,on_plan,minor_delay,delay,discontinued,source\n"
                + "3,2026-09-30,130,10,70,30,15,5,\"内閣府「フォローアップ(2026年度)」2026年10月, p.7\"\n", StandardCharsets.UTF_8);
        CliRun imported = CliRun.of("import", "--db", db, "--followup", good.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported 1 row of business reports by category");
        Path two = dir.resolve("plans.csv");
        Files.writeString(two, "material,as_of,count,source\n蓄電池,2026-11-15,40,\"内閣府\"\n半導体,2026-11-15,30,\"内閣府\"\n",
                StandardCharsets.UTF_8);
        CliRun both = CliRun.of("import", "--db", db, "--followup", two.toString());
        assertThat(both.status()).as(both.err()).isZero();
        assertThat(both.out()).contains("imported 2 rows of");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "material,as_of,count,source\n蓄電池,2026-10-30,40,\"内閣府\"\nunobtainium,2026-10-30,1,x\n",
                StandardCharsets.UTF_8);
        CliRun refused = CliRun.of("import", "--db", db, "--followup", bad.toString());
        assertThat(refused.status()).isEqualTo(TenkenCli.BAD_INPUT);
        assertThat(refused.err()).contains(bad + ":3: material: unknown material \"unobtainium\"");
        JsonNode root = new ObjectMapper().readTree(CliRun.of("followup", "--db", db, "--json").out());
        assertThat(root.get("report_status")).hasSize(3);
        assertThat(root.get("plans")).noneSatisfy(p -> assertThat(p.get("as_of").asText()).isEqualTo("2026-10-30"));
    }
}
