package tenken.store.assessment;

import java.util.Locale;

/** What the analyst decided about one requirement. */
public enum Judgment {
    MET("met"),
    NOT_MET("not_met"),
    UNDETERMINED("undetermined");

    private final String code;

    Judgment(String code) {
        this.code = code;
    }

    /** The value stored in the database and in data files. */
    public String code() {
        return code;
    }

    /** Reads a stored or written value; {@code not met} and {@code not-met} are read as {@code not_met}. */
    public static Judgment parse(String text) {
        String normalized = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Judgment judgment : values()) {
            if (judgment.code.equals(normalized)) {
                return judgment;
            }
        }
        throw new IllegalArgumentException("Unknown judgment '" + text + "' (met, not_met, undetermined)");
    }
}
