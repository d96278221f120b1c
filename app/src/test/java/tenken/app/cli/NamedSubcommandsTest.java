package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import tenken.assets.Messages;

/**
 * A command runs on a command line built with only the subcommands its arguments name, and answers exactly
 * as the whole command line does: same output, same messages, same exit status.
 */
class NamedSubcommandsTest {

    @TempDir
    Path dir;

    @AfterEach
    void japanese() {
        Messages.setLocale(Messages.JAPANESE);
    }

    @Test
    void eachSubcommandIsListedUnderItsOwnName() {
        for (Map.Entry<String, Class<?>> subcommand : TenkenCli.SUBCOMMANDS) {
            Command command = subcommand.getValue().getAnnotation(Command.class);
            assertThat(command.name()).isEqualTo(subcommand.getKey());
            assertThat(command.aliases()).as("an alias would run a subcommand the list does not name").isEmpty();
        }
    }

    @Test
    void onlyTheNamedSubcommandsAreBuilt() {
        assertThat(subcommandsBuiltFor("--db", "x.db", "check")).containsExactly("check");
        assertThat(subcommandsBuiltFor("import", "--db", "x.db", "shares.csv")).containsExactly("import");
        assertThat(subcommandsBuiltFor("assessment", "list", "--db", "x.db")).containsExactly("assessment");
        assertThat(subcommandsBuiltFor("--version")).isEmpty();
        // A screen that shares its name with a subcommand is the option's value, as on the whole command line.
        assertThat(subcommandsBuiltFor("--screen", "scenario")).containsExactly("scenario");
    }

    @Test
    void whatNeedsTheOtherSubcommandsGetsTheWholeCommandLine() throws Exception {
        Path arguments = Files.writeString(dir.resolve("args.txt"), "check\n");
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"chek"},
                new String[] {"check", "extra"}, new String[] {"@" + arguments})) {
            assertThat(subcommandsBuiltFor(args)).as(String.join(" ", args))
                    .hasSize(TenkenCli.SUBCOMMANDS.size());
        }
    }

    @Test
    void everyAnswerIsTheWholeCommandLines() throws Exception {
        Path database = dir.resolve("t.db");
        Path shares = Files.writeString(dir.resolve("shares.csv"), """
                material,stage,country_iso3,share,year,source
                gallium,refining,CHN,0.5,2031,"USGS, Mineral Commodity Summaries 2025"
                """);
        Path arguments = Files.writeString(dir.resolve("args.txt"), "--db\n" + database + "\nmaterials\n");
        // Made first, so that both command lines find the same file.
        assertThat(CliRun.of("--db", database.toString(), "check").status()).isZero();
        List<List<String>> lines = List.of(
                List.of("--db", database.toString(), "check"),
                List.of("check", "--db", database.toString(), "--lang", "en"),
                List.of("--db", database.toString(), "materials", "--json"),
                List.of("--db", database.toString(), "import", shares.toString()),
                List.of("--db", database.toString(), "assessment", "list"),
                List.of("--db", database.toString(), "trade", "shares", "--json"),
                List.of("--db", database.toString(), "export-chart", "--material", "gallium", "--format", "svg",
                        "--theme", "projector", "--out", dir.resolve("chart.svg").toString()),
                List.of("@" + arguments),
                List.of("--version"),
                List.of("--help"),
                List.of("--lang", "en", "--help"),
                List.of("import", "--help"),
                List.of("assessment", "--help"),
                List.of("chek"),
                List.of("check", "materials"),
                List.of("import"),
                List.of("export-graph", "--material", "gallium"),
                List.of("check", "--db"),
                List.of("check", "--frmat", "x"),
                List.of("list"));
        for (List<String> line : lines) {
            String[] args = line.toArray(String[]::new);
            Messages.setLocale(Messages.forLanguage(GlobalOptions.languageIn(args)));

            Answer whole = answer(args, (out, err) -> TenkenCli.commandLine(out, err, new NoWindow()));
            Answer named = answer(args, (out, err) -> TenkenCli.commandLineFor(args, out, err, new NoWindow()));

            assertThat(named).as(String.join(" ", line)).isEqualTo(whole);
        }
    }

    private record Answer(int status, String out, String err) {
    }

    private static Answer answer(String[] args, BiFunction<PrintWriter, PrintWriter, CommandLine> commandLine) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = commandLine.apply(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Answer(status, out.toString(), err.toString());
    }

    private static PrintWriter writer() {
        return new PrintWriter(new StringWriter(), true);
    }

    private static List<String> subcommandsBuiltFor(String... args) {
        return List.copyOf(TenkenCli.commandLineFor(args, writer(), writer(), new NoWindow()).getSubcommands().keySet());
    }
}
