package tenken.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import tenken.assets.Messages;

/**
 * A command line picocli cannot parse, told in the user's language. picocli builds its messages
 * ("Missing required option", "Unmatched argument", "Invalid value") in English inside the parser, so
 * each kind of {@link ParameterException} is mapped to a message of the bundles from what the exception
 * carries (the options missing, the arguments left over, the option and the value refused). Then, as
 * picocli's own handler does, the close matches of a mistyped name, or else the command's usage help;
 * exit status 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine line = failure.getCommandLine();
        PrintWriter err = line.getErr();
        err.println(message(failure));
        List<String> suggestions = failure instanceof UnmatchedArgumentException unmatched
                ? suggestions(unmatched) : List.of();
        if (suggestions.isEmpty()) {
            line.usage(err);
        } else {
            err.println(Messages.get("cli.usage.didYouMean", String.join(" / ", suggestions)));
        }
        return line.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String message(ParameterException failure) {
        if (failure instanceof MissingParameterException missing) {
            return Messages.get("cli.usage.missing",
                    missing.getMissing().stream().map(UsageErrors::asTyped).collect(Collectors.joining(", ")));
        }
        if (failure instanceof UnmatchedArgumentException unmatched) {
            String arguments = unmatched.getUnmatched().stream().map(a -> "'" + a + "'")
                    .collect(Collectors.joining(", "));
            return Messages.get(unmatched.isUnknownOption() ? "cli.usage.unknownOption" : "cli.usage.unmatched",
                    arguments);
        }
        if (failure instanceof OverwrittenOptionException overwritten) {
            return Messages.get("cli.usage.once", name(overwritten.getOverwritten()));
        }
        ArgSpec refused = failure.getArgSpec();
        if (refused != null && failure.getValue() != null) {
            // picocli's type conversion failed: the option and the value are all the user needs.
            Iterable<String> choices = refused.completionCandidates();
            return choices == null
                    ? Messages.get("cli.usage.badValue", name(refused), failure.getValue(), refused.paramLabel())
                    : Messages.get("cli.usage.badChoice", name(refused), failure.getValue(),
                            StreamSupport.stream(choices.spliterator(), false)
                                    .map(choice -> choice.toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(", ")));
        }
        // A kind Tenken's commands cannot produce today (arity, mutually exclusive groups): picocli's words.
        return Messages.get("cli.usage.other", failure.getMessage());
    }

    /** What a mistyped command or option may have meant: {@code tenken check}, {@code --format}. */
    private static List<String> suggestions(UnmatchedArgumentException unmatched) {
        if (unmatched.isUnknownOption()) {
            return unmatched.getSuggestions();
        }
        String command = unmatched.getCommandLine().getCommandSpec().qualifiedName();
        return unmatched.getSuggestions().stream().map(name -> command + " " + name).toList();
    }

    /** An option as it is typed, {@code --out=FILE}; a positional parameter by its label, {@code FILE}. */
    private static String asTyped(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.arity().max() == 0 ? option.longestName() : option.longestName() + "=" + option.paramLabel();
        }
        return arg.paramLabel();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
