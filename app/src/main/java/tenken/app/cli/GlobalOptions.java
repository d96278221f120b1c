package tenken.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import tenken.store.db.TenkenDatabase;

/**
 * Options every command takes, before or after the subcommand name: {@code tenken --db F check} and
 * {@code tenken check --db F} mean the same. Each command has its own copy; the innermost one given
 * wins (see {@link #orElse}).
 */
public final class GlobalOptions {

    @Option(names = "--db", paramLabel = "FILE", descriptionKey = "option.db")
    Path database;

    @Option(names = "--lang", paramLabel = "ja|en", descriptionKey = "option.lang")
    String language;

    @Option(names = "--no-seed", descriptionKey = "option.noSeed")
    boolean noSeed;

    @Option(names = "--timing", descriptionKey = "option.timing")
    boolean timing;

    /** These options, with any not given here taken from {@code outer} (the enclosing command's). */
    GlobalOptions orElse(GlobalOptions outer) {
        GlobalOptions merged = new GlobalOptions();
        merged.database = database != null ? database : outer.database;
        merged.language = language != null ? language : outer.language;
        merged.timing = timing || outer.timing;
        merged.noSeed = noSeed || outer.noSeed;
        return merged;
    }

    /** The database file: {@code --db}, else the default in the user's data folder. */
    public Path databaseFile() {
        return database != null ? database : TenkenDatabase.defaultFile();
    }

    /**
     * Opens the database named by the options; a new file is seeded with the shipped catalogue unless
     * {@code --no-seed} asks for an empty one.
     */
    public TenkenDatabase open() {
        return TenkenDatabase.open(databaseFile(), !noSeed);
    }

    /**
     * The {@code --lang} value in raw arguments, read before parsing so that even parse errors and help
     * are in the chosen language; {@code ja} when absent.
     */
    static String languageIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
        }
        return System.getProperty("tenken.lang", "ja");
    }
}
