package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tenken.views.model.Screen;

/** The window's hidden start options parse, even where a screen shares its name with a subcommand. */
class WindowOptionsTest {

    @Test
    void screenPresentationAndMaterialParse() {
        CommandLine line = TenkenCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new NoWindow());
        line.parseArgs("--screen", "scenario", "--presentation", "--material", "storage batteries", "--dark");
        TenkenCli cli = line.getCommand();

        assertThat(Screen.named(cli.window.screen)).isEqualTo(Screen.SCENARIO);
        assertThat(cli.window.presentation).isTrue();
        assertThat(cli.window.dark).isTrue();
        assertThat(cli.window.material).isEqualTo("storage batteries");
        assertThat(line.getParseResult().subcommand()).isNull();
    }
}
