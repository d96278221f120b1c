package tenken.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand (with --help and --version, help texts from the cli bundle): it sees the global options,
 * wherever on the command line they were given, and prints to the command line's streams.
 */
@Command(mixinStandardHelpOptions = true, resourceBundle = "tenken.assets.i18n.cli")
public abstract class TenkenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The global options: {@code tenken}'s own, which every subcommand inherits ({@link GlobalOptions}). */
    protected GlobalOptions options() {
        return ((TenkenCli) spec.root().userObject()).global;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
