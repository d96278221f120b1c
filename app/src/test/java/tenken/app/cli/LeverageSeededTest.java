package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void theShippedHighThresholdLeavesIodineOut() throws Exception {
        assertThat(byMaterial()).doesNotContainKey("iodine");
        assertThat(byMaterial("--min-share", "0.28")).containsKey("iodine");
    }
}
