package tenken.store.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tenken.assets.Messages;
import tenken.store.csv.CsvTable;
import tenken.store.csv.ImportException;
import tenken.store.csv.ImportMonitor;
import tenken.store.csv.ImportProblem;
import tenken.store.csv.InputsCsv;
import tenken.store.csv.SharesCsv;
import tenken.store.csv.TextDecoder;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Country;
import tenken.store.model.InputRelation;
import tenken.store.model.SupplyShare;
import tenken.store.repo.CatalogueRepository;
import tenken.store.repo.CatalogueWriter;
import tenken.store.trade.TradeStatistics;

/**
 * Imports shares and input relations from CSV files: decode, parse, validate every row, and only when
 * the whole file is sound write it in one transaction. A refused file changes nothing.
 */
public final class CatalogueImporter {

    private final TenkenDatabase database;
    private final CatalogueWriter writer;

    public CatalogueImporter(TenkenDatabase database) {
        this.database = database;
        this.writer = new CatalogueWriter(database);
    }

    /** What an import did. */
    public record Summary(String file, Charset charset, int rows, int groups) {
    }

    /** Imports a shares file; {@code encoding} null means detect. */
    public Summary importShares(Path file, Charset encoding, ImportMonitor monitor) {
        return importShares(file.toString(), read(file), encoding, monitor);
    }

    public Summary importShares(String name, byte[] content, Charset encoding, ImportMonitor monitor) {
        TextDecoder.Decoded text = TextDecoder.decode(name, content, encoding);
        CsvTable table = CsvTable.parse(name, text.text(), SharesCsv.REQUIRED);
        List<SupplyShare> shares = SharesCsv.read(name, table, knownCountries());
        monitor.checkCancelled();
        writer.replaceShares(shares, monitor);
        // An importer's own production scales its derived import shares.
        new TradeStatistics(database).recompute();
        int groups = (int) shares.stream().map(SupplyShare::group).distinct().count();
        return new Summary(name, text.charset(), shares.size(), groups);
    }

    /** Imports an input-relations file; {@code encoding} null means detect. */
    public Summary importInputs(Path file, Charset encoding, ImportMonitor monitor) {
        return importInputs(file.toString(), read(file), encoding, monitor);
    }

    public Summary importInputs(String name, byte[] content, Charset encoding, ImportMonitor monitor) {
        TextDecoder.Decoded text = TextDecoder.decode(name, content, encoding);
        CsvTable table = CsvTable.parse(name, text.text(), InputsCsv.HEADER);
        List<InputRelation> relations = InputsCsv.read(name, table);
        monitor.checkCancelled();
        writer.replaceInputs(relations, monitor);
        int groups = (int) relations.stream().map(r -> r.material() + "\u0000" + r.stage()).distinct().count();
        return new Summary(name, text.charset(), relations.size(), groups);
    }

    private Set<String> knownCountries() {
        return new CatalogueRepository(database).load().countries().stream().map(Country::iso3)
                .collect(Collectors.toSet());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(List.of(new ImportProblem(file.toString(), 0, Messages.get("import.field.file"),
                    Messages.get("import.error.noFile"))));
        } catch (IOException e) {
            throw new ImportException(List.of(new ImportProblem(file.toString(), 0, Messages.get("import.field.file"),
                    Messages.get("import.error.unreadable", String.valueOf(e.getMessage())))));
        }
    }
}
