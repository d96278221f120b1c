package tenken.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import tenken.assets.Messages;

/** Runs the command line in-process and keeps what it printed and its exit status. */
public record CliRun(int status, String out, String err) {

    /**
     * Runs {@code args}. A {@code --lang} among them sets the session language first, as
     * {@link TenkenCli#run} does; without one the test's language stands.
     */
    public static CliRun of(String... args) {
        if (Arrays.stream(args).anyMatch(a -> a.equals("--lang") || a.startsWith("--lang="))) {
            Messages.setLocale(Messages.forLanguage(GlobalOptions.languageIn(args)));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = TenkenCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), new NoWindow()).execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
