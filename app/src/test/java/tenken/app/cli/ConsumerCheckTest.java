package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;

/**
 * Issue 11 item 7: every command that takes {@code --consumer} checks it the same way, with one message: a
 * country, WLD (world production) or a group whose own sourcing the data has (EUU) is a consumer; a group
 * that only supplies (ROW, XCI) or an unknown code is not.
 */
class ConsumerCheckTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Messages.ENGLISH);
        db = dir.resolve("tenken.db").toString();
    }

    /** Each command that takes a consumer, with {@code consumer} as its --consumer. */
    private Map<String, Function<String, CliRun>> commands() {
        return Map.of(
                "analyze", c -> CliRun.of("--db", db, "analyze", "--consumer", c),
                "scenario", c -> CliRun.of("--db", db, "scenario", "--cut", "CHN", "--consumer", c),
                "export-graph", c -> CliRun.of("--db", db, "export-graph", "--material", "gallium", "--consumer", c,
                        "--out", dir.resolve("graph-" + c + ".svg").toString()),
                "export-chart", c -> CliRun.of("--db", db, "export-chart", "--material", "gallium", "--consumer", c,
                        "--out", dir.resolve("chart-" + c + ".svg").toString()),
                "trade shares", c -> CliRun.of("--db", db, "trade", "shares", "--consumer", c));
    }

    @Test
    void aGroupOfCountriesOrAnUnknownCodeIsRefusedByEveryCommandWithOneMessage() {
        for (String notAConsumer : List.of("ROW", "XCI", "XXX")) {
            String expected = Messages.get("cli.error.notAConsumer", notAConsumer);
            commands().forEach((name, command) -> {
                CliRun run = command.apply(notAConsumer);

                assertThat(run.status()).as(name + " " + notAConsumer).isEqualTo(TenkenCli.BAD_INPUT);
                assertThat(run.err().strip()).as(name + " " + notAConsumer).isEqualTo(expected);
            });
        }
        assertThat(Messages.get("cli.error.notAConsumer", "ROW")).contains("\"ROW\"").contains("WLD");
        assertThat(dir.resolve("graph-ROW.svg")).doesNotExist();
    }

    @Test
    void aCountryWorldProductionOrTheEuInAnyCaseIsAConsumerForEveryCommand() {
        for (String consumer : List.of("jpn", "WLD", "EUU")) {
            commands().forEach((name, command) -> {
                CliRun run = command.apply(consumer);

                assertThat(run.status()).as(name + " " + consumer + ": " + run.err()).isZero();
            });
        }
    }
}
