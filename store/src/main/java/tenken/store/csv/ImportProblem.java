package tenken.store.csv;

/**
 * One thing wrong with an input file, printed as {@code FILE:LINE: field: reason} so that an analyst
 * can go straight to it (line 1 is the header).
 */
public record ImportProblem(String file, long line, String field, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + reason;
    }
}
