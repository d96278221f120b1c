package tenken.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import tenken.assets.Messages;

/**
 * A command line picocli cannot parse, told in the user's language. picocli builds its messages
 * ("Missing required option", "Unmatched argument", "Invalid value") in English inside the parser, so
 * each kind of {@link ParameterException} is mapped to a message of the bundles from what the exception
 * carries (the options missing, the arguments left over, the option and the value refused, the options
 * of which exactly one is wanted). Then, as
 * picocli's own handler does, the close matches of a mistyped name, or else the command's usage help;
 * exit status 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine line = failure.getCommandLine();
        PrintWriter err = line.getErr();
        err.println(message(failure, args));
        List<String> suggestions = failure instanceof UnmatchedArgumentException unmatched
                ? suggestions(unmatched) : List.of();
        if (suggestions.isEmpty()) {
            line.usage(err);
        } else {
            err.println(Messages.get("cli.usage.didYouMean", String.join(" / ", suggestions)));
        }
        return line.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String message(ParameterException failure, String[] args) {
        if (failure instanceof MissingParameterException missing) {
            Optional<ArgGroupSpec> exclusive = exclusiveGroupOf(missing.getMissing());
            if (exclusive.isPresent()) {
                return Messages.get("cli.usage.oneOf", optionsOf(exclusive.get()));
            }
            return Messages.get("cli.usage.missing",
                    missing.getMissing().stream().map(UsageErrors::asTyped).collect(Collectors.joining(", ")));
        }
        if (failure instanceof UnmatchedArgumentException unmatched) {
            String arguments = unmatched.getUnmatched().stream().map(a -> "'" + a + "'")
                    .collect(Collectors.joining(", "));
            return Messages.get(unmatched.isUnknownOption() ? "cli.usage.unknownOption" : "cli.usage.unmatched",
                    arguments);
        }
        if (failure instanceof MutuallyExclusiveArgsException) {
            return Messages.get("cli.usage.exclusive", given(failure.getCommandLine().getCommandSpec(), args));
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
        // A kind Tenken's commands cannot produce today (arity, group multiplicity): picocli's words.
        return Messages.get("cli.usage.other", failure.getMessage());
    }

    /** The exclusive group all of {@code missing} belong to ("exactly one of these"), if they do. */
    private static Optional<ArgGroupSpec> exclusiveGroupOf(List<ArgSpec> missing) {
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        ArgGroupSpec group = missing.get(0).group();
        boolean oneGroup = group != null && group.exclusive()
                && missing.stream().allMatch(arg -> arg.group() == group);
        return oneGroup ? Optional.of(group) : Optional.empty();
    }

    /** The group's options as typed, {@code --material=NAME | --all}. */
    private static String optionsOf(ArgGroupSpec group) {
        return group.options().stream().map(UsageErrors::asTyped).collect(Collectors.joining(" | "));
    }

    /**
     * The options of an exclusive group that {@code args} gives together, by their names; picocli's
     * exception names them only in its English message.
     */
    private static String given(CommandSpec command, String[] args) {
        List<String> names = new ArrayList<>();
        for (ArgGroupSpec group : command.argGroups()) {
            if (!group.exclusive()) {
                continue;
            }
            List<String> together = group.options().stream().filter(option -> isGiven(option, args))
                    .map(OptionSpec::longestName).toList();
            if (together.size() > 1) {
                names.addAll(together);
            }
        }
        return String.join(Messages.get("cli.usage.listSeparator"), names);
    }

    private static boolean isGiven(OptionSpec option, String[] args) {
        return Arrays.stream(args).anyMatch(arg -> Arrays.stream(option.names())
                .anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")));
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
