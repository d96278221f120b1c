package tenken.store.csv;

import java.util.List;
import java.util.stream.Collectors;

/** An input file was refused; every problem found is listed, and nothing was written. */
public class ImportException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(problems.stream().map(ImportProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
