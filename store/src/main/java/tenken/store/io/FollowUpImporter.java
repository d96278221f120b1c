package tenken.store.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tenken.assets.Messages;
import tenken.store.csv.CsvTable;
import tenken.store.csv.FollowUpCsv;
import tenken.store.csv.FollowUpTable;
import tenken.store.csv.ImportException;
import tenken.store.csv.ImportProblem;
import tenken.store.csv.TextDecoder;
import tenken.store.db.TenkenDatabase;
import tenken.store.followup.FollowUp;
import tenken.store.repo.CatalogueRepository;
import tenken.store.repo.FollowUpWriter;

/**
 * Imports one follow-up file (any {@link FollowUpTable}, told by its header) with the rules of every
 * import: decode, parse, validate every row, and write the whole file in one transaction only when it is
 * sound. A refused file changes nothing.
 */
public final class FollowUpImporter {

    private final TenkenDatabase database;

    public FollowUpImporter(TenkenDatabase database) {
        this.database = database;
    }

    /** What an import did. */
    public record Summary(String file, Charset charset, FollowUpTable table, int rows) {
    }

    public Summary importFile(Path file, Charset encoding) {
        return importFile(file.toString(), read(file), encoding);
    }

    public Summary importFile(String name, byte[] content, Charset encoding) {
        TextDecoder.ByteSource source = TextDecoder.ByteSource.of(content);
        TextDecoder.Decision decision = TextDecoder.decide(name, source, encoding);
        String text = TextDecoder.read(name, source, decision);
        FollowUpTable table = FollowUpCsv.tableOf(name, text);
        CsvTable rows = CsvTable.parse(name, text, table.required());
        FollowUp parsed = FollowUpCsv.read(name, table, rows, new CatalogueRepository(database).load());
        new FollowUpWriter(database).put(parsed);
        return new Summary(name, decision.charset(), table, rows.rows().size());
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
