package tenken.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand (with --help and --version, help texts from the cli bundle): it sees the global options given at any level above it and prints to the command line's streams. */
@Command(mixinStandardHelpOptions = true, resourceBundle = "tenken.assets.i18n.cli")
public abstract class TenkenCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    /** The global options, the innermost given winning. */
    protected GlobalOptions options() {
        GlobalOptions merged = global;
        for (CommandSpec outer = spec.parent(); outer != null; outer = outer.parent()) {
            Object command = outer.userObject();
            if (command instanceof TenkenCommand sub) {
                merged = merged.orElse(sub.global);
            } else if (command instanceof TenkenCli top) {
                merged = merged.orElse(top.global);
            }
        }
        return merged;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
