package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 11 for the JSON outputs: on the shipped catalogue, {@code scenario --cut CHN --by-material
 * --json} printed {@code "loss" : 0.9990000000000001} and {@code analyze --json} {@code 0.9100000000000001}.
 * Every number a command prints as JSON carries at most six decimals and is never {@code -0}.
 */
class JsonNumbersTest {

    /** A JSON number in the output: after a colon or in an array, before a comma, bracket or line end. */
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,]\\s{0,40})-?\\d+(?:\\.(\\d+))?(?:[eE][-+]?\\d+)?(?=\\s*[,\\]}\\n])");

    @TempDir
    static Path dir;
    private static String db;

    @BeforeAll
    static void seededDatabase() {
        db = dir.resolve("tenken.db").toString();
        assertThat(CliRun.of("--db", db, "check").status()).isZero();
    }

    @Test
    void everyJsonOutputPrintsNumbersWithTheDatasPrecision() {
        List<String[]> commands = List.of(
                new String[] {"scenario", "--cut", "CHN", "--json"},
                new String[] {"scenario", "--cut", "CHN", "--by-material", "--json"},
                new String[] {"scenario", "--cut", "CHN", "--cut", "AUS", "--fraction", "0.3", "--json"},
                new String[] {"analyze", "--json"},
                new String[] {"analyze", "--consumer", "WLD", "--json"},
                new String[] {"leverage", "--min-share", "0.1", "--json"},
                new String[] {"followup", "--json"},
                new String[] {"materials", "--json"});
        List<String> noisy = new ArrayList<>();
        int numbers = 0;
        for (String[] command : commands) {
            String[] args = new String[command.length + 2];
            args[0] = "--db";
            args[1] = db;
            System.arraycopy(command, 0, args, 2, command.length);
            CliRun run = CliRun.of(args);
            assertThat(run.status()).as(run.err()).isZero();
            Matcher number = NUMBER.matcher(run.out());
            while (number.find()) {
                numbers++;
                String text = number.group();
                boolean tooPrecise = number.group(1) != null && number.group(1).length() > 6;
                boolean negativeZero = text.startsWith("-") && Double.parseDouble(text) == 0;
                if (tooPrecise || negativeZero || text.contains("E") || text.contains("e")) {
                    noisy.add(String.join(" ", command) + ": " + text);
                }
            }
        }
        assertThat(numbers).as("numbers found in the JSON outputs").isGreaterThan(500);
        assertThat(noisy).isEmpty();
    }
}
