package tenken.store.trade;

import java.util.ArrayList;
import java.util.List;
import tenken.assets.Messages;
import tenken.store.csv.ImportException;
import tenken.store.csv.ImportProblem;

/**
 * The problems found in one trade file. A file of ten million bad rows must not fill the memory with ten
 * million messages, so the first {@value #LISTED} are kept and the rest only counted.
 */
final class Problems {

    static final int LISTED = 200;

    private final String file;
    private final List<ImportProblem> listed = new ArrayList<>();
    private long count;

    Problems(String file) {
        this.file = file;
    }

    void add(long line, String field, String reason) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(new ImportProblem(file, line, field, reason));
        }
    }

    /**
     * Adds the problems of a part of the file read apart, its line numbers counted from the part's start:
     * {@code linesBefore} is the number of lines before it. Parts added in file order keep the first
     * {@value #LISTED} of the whole file.
     */
    void addAll(Problems part, long linesBefore) {
        for (ImportProblem problem : part.listed) {
            if (listed.size() < LISTED) {
                listed.add(new ImportProblem(file, problem.line() + linesBefore, problem.field(), problem.reason()));
            }
        }
        count += part.count;
    }

    boolean any() {
        return count > 0;
    }

    /** Refuses the file when anything was wrong with it. */
    void throwIfAny() {
        if (count == 0) {
            return;
        }
        List<ImportProblem> problems = new ArrayList<>(listed);
        if (count > listed.size()) {
            problems.add(new ImportProblem(file, listed.get(listed.size() - 1).line(), Messages.get("trade.field.more"),
                    Messages.get("trade.error.more", count - listed.size())));
        }
        throw new ImportException(problems);
    }
}
