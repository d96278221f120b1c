package tenken.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import tenken.assets.Messages;

/** Runs the command line in-process and keeps what it printed and its exit status. */
public record CliRun(int status, String out, String err) {

    /**
     * Runs {@code args} on the command line the program builds for them ({@link TenkenCli#run}). A
     * {@code --lang} among them sets the session language first, as the program does; without one the
     * test's language stands.
     */
    public static CliRun of(String... args) {
        if (Arrays.stream(args).anyMatch(a -> a.equals("--lang") || a.startsWith("--lang="))) {
            Messages.setLocale(Messages.forLanguage(GlobalOptions.languageIn(args)));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = TenkenCli.run(args, new NoWindow(), new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(status, out.toString(), err.toString());
    }
}
