package tenken.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tenken.assets.Messages;
import tenken.store.assessment.Workstation;
import tenken.store.io.AtomicFile;
import tenken.views.export.ExportFormat;
import tenken.views.export.ExportStamp;
import tenken.views.export.Table;
import tenken.views.export.TableExporter;

/** Writes a command's table to the {@code --out} file, CSV or Excel by its extension. */
final class TableFiles {

    private TableFiles() {
    }

    /** Writes {@code table} and returns the line that tells the user where it went. */
    static String write(Path file, Table table) throws IOException {
        ExportFormat format = ExportFormat.ofFile(file).filter(f -> f.kind() == ExportFormat.Kind.TABLE)
                .orElseThrow(() -> new UserError(Messages.get("export.error.tableFormat", file.toString())));
        AtomicFile.write(file, out -> {
            if (format == ExportFormat.CSV) {
                TableExporter.writeCsv(table, out);
            } else {
                TableExporter.writeXlsx(List.of(table), ExportStamp.today(Workstation.current()), out);
            }
        });
        return Messages.get("export.table.done", file.toAbsolutePath().toString(),
                table.rows().size());
    }
}
