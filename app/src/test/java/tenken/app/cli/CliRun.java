package tenken.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed and its exit status. */
public record CliRun(int status, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = TenkenCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), new NoWindow()).execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
