package tenken.store.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tenken.store.csv.InputsCsv;
import tenken.store.csv.SharesCsv;
import tenken.store.model.Catalogue;
import tenken.store.model.InputRelation;
import tenken.store.model.SupplyShare;

/**
 * Writes shares and input relations in the import formats, in a stable order, so that export, import
 * into an empty database and export again give the same bytes.
 */
public final class CatalogueExporter {

    private static final Comparator<SupplyShare> SHARE_ORDER = Comparator.comparing(SupplyShare::material)
            .thenComparing(SupplyShare::stage)
            .thenComparing(SupplyShare::consumer)
            .thenComparingInt(SupplyShare::year)
            .thenComparing(Comparator.comparingDouble(SupplyShare::share).reversed())
            .thenComparing(SupplyShare::supplier);

    private CatalogueExporter() {
    }

    public static void writeShares(Catalogue catalogue, Writer out) throws IOException {
        List<SupplyShare> shares = catalogue.shares().stream().sorted(SHARE_ORDER).toList();
        try (CSVPrinter printer = new CSVPrinter(out, format(SharesCsv.HEADER))) {
            for (SupplyShare s : shares) {
                printer.printRecord(s.material(), s.stage(), s.supplier(), Decimals.plain(s.share()), s.year(), s.source(),
                        s.consumer(), s.basis(), s.quality(), s.note());
            }
        }
    }

    public static void writeInputs(Catalogue catalogue, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, format(InputsCsv.HEADER))) {
            for (InputRelation r : catalogue.inputs()) {
                printer.printRecord(r.material(), r.stage(), r.inputMaterial(), r.inputStage());
            }
        }
    }

    private static CSVFormat format(List<String> header) {
        return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator("\n").build();
    }
}
