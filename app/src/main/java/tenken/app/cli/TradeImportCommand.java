package tenken.app.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tenken.assets.Messages;
import tenken.store.progress.ProgressMonitor;
import tenken.store.trade.TradeFormat;
import tenken.store.trade.TradeStatistics;

/**
 * {@code tenken trade import FILE [--format japan-customs|comtrade|baci] [--countries FILE] [--encoding CHARSET]}:
 * all or nothing; the shares derived from the flows are recomputed in the same transaction.
 */
@Command(name = "import", resourceBundle = "tenken.assets.i18n.cli")
public final class TradeImportCommand extends TenkenCommand {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "trade.import.file")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "option.tradeFormat")
    String format;

    @Option(names = "--countries", paramLabel = "FILE", descriptionKey = "option.tradeCountries")
    Path countries;

    @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "option.encoding")
    Charset encoding;

    @Override
    public Integer call() {
        TradeFormat chosen = format == null ? null : TradeFormat.ofKey(format)
                .orElseThrow(() -> new UserError(Messages.get("cli.trade.unknownFormat", format)));
        TradeStatistics trade = new TradeStatistics(options().open());
        TradeStatistics.Summary summary = trade.importFile(file, chosen, countries, encoding, new Progress());
        out().println(Messages.get("cli.trade.imported", summary.file(), summary.format().key(),
                summary.rowsRead(), summary.flowsKept(), summary.derivedShares()));
        return TenkenCli.OK;
    }

    /** Progress of a long file on the error stream, every tenth, so that the output stays clean. */
    private final class Progress implements ProgressMonitor {
        private long shownTenth = -1;

        @Override
        public void progress(long done, long total) {
            long tenth = total <= 0 ? 10 : done * 10 / total;
            if (tenth > shownTenth && done < total) {
                shownTenth = tenth;
                err().println(Messages.get("cli.trade.progress", String.valueOf(tenth * 10)));
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
