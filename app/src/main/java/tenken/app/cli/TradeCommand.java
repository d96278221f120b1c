package tenken.app.cli;

import picocli.CommandLine.Command;

/**
 * {@code tenken trade import|map|shares}: trade statistics (Japan Customs, UN Comtrade, CEPII BACI), the
 * commodity codes of the catalogue's items, and the import shares derived from them.
 */
@Command(name = "trade", resourceBundle = "tenken.assets.i18n.cli",
        subcommands = {TradeImportCommand.class, TradeMapCommand.class, TradeSharesCommand.class})
public final class TradeCommand extends TenkenCommand {

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return TenkenCli.OK;
    }
}
