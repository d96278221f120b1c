package tenken.app.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tenken.assets.Messages;
import tenken.store.csv.CsvTable;
import tenken.store.csv.TextDecoder;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Catalogue;
import tenken.store.repo.CatalogueRepository;
import tenken.store.trade.MappingCsv;
import tenken.store.trade.TradeStatistics;

/**
 * {@code tenken trade map [--import FILE] [--out FILE]}: the commodity mappings as CSV
 * ({@code material,stage,code,basis,unit,note,source}), on the standard output or into a file; every material
 * is listed, one without a code with an empty code. {@code --import} replaces the mappings of the items a file
 * names and recomputes the derived shares.
 */
@Command(name = "map", resourceBundle = "tenken.assets.i18n.cli")
public final class TradeMapCommand extends TenkenCommand {

    @Option(names = "--import", paramLabel = "FILE", descriptionKey = "option.mapImport")
    Path importFile;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.mapOut")
    Path out;

    @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "option.encoding")
    Charset encoding;

    @Override
    public Integer call() throws IOException {
        TenkenDatabase database = options().open();
        TradeStatistics trade = new TradeStatistics(database);
        if (importFile != null) {
            String name = importFile.toAbsolutePath().toString();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(importFile);
            } catch (IOException e) {
                throw new UserError(Messages.get("import.error.unreadable", name + ": " + e.getMessage()));
            }
            Catalogue catalogue = new CatalogueRepository(database).load();
            TextDecoder.ByteSource source = TextDecoder.ByteSource.of(bytes);
            MappingCsv.Read read = MappingCsv.read(name, CsvTable.parse(name,
                    TextDecoder.read(name, source, TextDecoder.decide(name, source, encoding)), MappingCsv.REQUIRED),
                    catalogue);
            int derived = trade.replaceMappings(read.items(), read.mappings());
            out().println(Messages.get("cli.trade.mapImported", name, read.mappings().size(),
                    read.items().size(), derived));
            return TenkenCli.OK;
        }
        Catalogue catalogue = new CatalogueRepository(database).load();
        if (out == null) {
            StringWriter text = new StringWriter();
            MappingCsv.write(catalogue, trade.mappings(), text);
            out().print(text);
            out().flush();
            return TenkenCli.OK;
        }
        // Written beside the target and moved into place, so a failed export never leaves half a file.
        Path absolute = out.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".tenken-map", ".csv");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                MappingCsv.write(catalogue, trade.mappings(), writer);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        out().println(Messages.get("cli.trade.mapWritten", absolute, trade.mappings().size()));
        return TenkenCli.OK;
    }
}
