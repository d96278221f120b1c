package tenken.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;

/**
 * Issue 13 item 8: a command line picocli cannot parse is refused in the user's language (Japanese by
 * default), with exit status 2, naming what was missing, left over or refused, and the valid values.
 */
class UsageErrorsTest {

    @TempDir
    Path dir;

    private Locale before;

    @BeforeEach
    void remember() {
        before = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
        Messages.setLocale(Messages.JAPANESE);
    }

    /** As {@link TenkenCli#run} does: the messages and picocli's help texts in one language. */
    private static CliRun in(Locale language, String... args) {
        Messages.setLocale(language);
        Locale.setDefault(language);
        return CliRun.of(args);
    }

    private String out() {
        return dir.resolve("x.svg").toString();
    }

    @Test
    void aMissingRequiredOptionIsToldInJapaneseWithTheUsageInJapanese() {
        CliRun run = in(Messages.JAPANESE, "export-graph", "--material", "gallium");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("必要な指定がありません: --out=FILE").contains("使い方: tenken export-graph")
                .doesNotContain("Missing required").doesNotContain("Usage:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingRequiredOptionIsToldInEnglish() {
        CliRun run = in(Messages.ENGLISH, "export-graph", "--material", "gallium");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("Missing required option or parameter: --out=FILE")
                .contains("Usage: tenken export-graph");
    }

    @Test
    void aMissingParameterIsNamedByItsLabel() {
        assertThat(in(Messages.JAPANESE, "import").err()).startsWith("必要な指定がありません: FILE");
        assertThat(in(Messages.ENGLISH, "import").err()).startsWith("Missing required option or parameter: FILE");
    }

    @Test
    void aMistypedCommandGetsItsCloseMatchesInEitherLanguage() {
        CliRun japanese = in(Messages.JAPANESE, "chek");
        CliRun english = in(Messages.ENGLISH, "chek");

        assertThat(japanese.status()).isEqualTo(2);
        assertThat(japanese.err()).contains("解釈できない引数です: 'chek'").contains("もしかして: tenken check")
                .doesNotContain("Unmatched argument").doesNotContain("Did you mean");
        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err()).contains("Unmatched argument: 'chek'").contains("Did you mean: tenken check");
    }

    @Test
    void anUnknownOptionAndALeftOverArgumentAreRefused() {
        CliRun unknown = in(Messages.JAPANESE, "check", "--foo");
        CliRun extra = in(Messages.ENGLISH, "check", "extra");

        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("このコマンドにないオプションです: '--foo'").contains("使い方: tenken check")
                .doesNotContain("Unknown option");
        assertThat(extra.status()).isEqualTo(2);
        assertThat(extra.err()).startsWith("Unmatched argument: 'extra'");
    }

    @Test
    void aWrongThemeOrFormatListsTheValidValues() {
        CliRun theme = in(Messages.JAPANESE, "export-graph", "--material", "gallium", "--out", out(), "--theme", "slides");
        CliRun format = in(Messages.ENGLISH, "export-graph", "--material", "gallium", "--out", out(), "--format", "gif");

        assertThat(theme.status()).isEqualTo(2);
        assertThat(theme.err()).startsWith("--theme の値「slides」は使えません。使える値: print, projector")
                .doesNotContain("Invalid value");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err()).startsWith("Invalid value \"gif\" for --format. Valid values: png, svg, pdf, pptx");
        assertThat(dir.resolve("x.svg")).doesNotExist();
    }

    @Test
    void aValueOfTheWrongTypeNamesTheExpectedForm() {
        CliRun run = in(Messages.JAPANESE, "export-graph", "--material", "gallium", "--out", out(), "--scale", "q");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("--scale の値「q」は使えません（1|2|4 の形で指定してください）。");
    }

    @Test
    void anOptionGivenTwiceIsRefused() {
        CliRun run = in(Messages.ENGLISH, "export-graph", "--material", "gallium", "--out", out(), "--out", out());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("Give --out only once.");
    }

    @Test
    void helpHeadingsAreInTheChosenLanguage() {
        assertThat(in(Messages.JAPANESE, "--help").out()).contains("使い方: tenken").contains("コマンド:")
                .doesNotContain("Usage:").doesNotContain("Commands:");
        assertThat(in(Messages.ENGLISH, "--help").out()).contains("Usage: tenken").contains("Commands:");
        assertThat(in(Messages.JAPANESE, "assessment", "--help").out()).contains("使い方: tenken assessment");
    }
}
