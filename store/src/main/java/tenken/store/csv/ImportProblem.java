package tenken.store.csv;

/**
 * One thing wrong with an input file, printed as {@code FILE:LINE: field: reason} so that an analyst
 * can go straight to it (line 1 is the header). A problem of the whole file or of a command's option
 * has line 0 and is printed without one ({@code FILE: field: reason}): there is no line to go to.
 */
public record ImportProblem(String file, long line, String field, String reason) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + field + ": " + reason;
    }
}
