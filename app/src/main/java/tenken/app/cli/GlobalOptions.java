package tenken.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import tenken.store.db.TenkenDatabase;

/**
 * Options every command takes, before or after the subcommand name: {@code tenken --db F check} and
 * {@code tenken check --db F} mean the same. They are declared once, on {@code tenken} itself, and
 * picocli's inherited scope gives every subcommand the same options bound to this one object; when an
 * option is given at several levels, the last one given wins.
 */
public final class GlobalOptions {

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "FILE", descriptionKey = "option.db")
    Path database;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "ja|en", descriptionKey = "option.lang")
    String language;

    @Option(names = "--no-seed", scope = ScopeType.INHERIT, descriptionKey = "option.noSeed")
    boolean noSeed;

    @Option(names = "--timing", scope = ScopeType.INHERIT, descriptionKey = "option.timing")
    boolean timing;

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
