package tenken.app.cli;

import java.nio.file.Path;
import java.util.OptionalInt;
import picocli.CommandLine.Option;
import tenken.graph.network.SupplyData;
import tenken.store.model.Catalogue;

/** The options {@code analyze} and {@code scenario} share: which year's shares, and where the results go. */
public final class AnalysisOutput {

    @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "option.year")
    Integer year;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.tableOut")
    Path table;

    /** The catalogue's shares of {@code --year}, or of the latest year stored for each group. */
    SupplyData data(Catalogue catalogue) {
        return SupplyData.of(catalogue, year == null ? OptionalInt.empty() : OptionalInt.of(year));
    }
}
