package tenken.store.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tenken.store.csv.InputsCsv;
import tenken.store.csv.MaterialsCsv;
import tenken.store.csv.SharesCsv;
import tenken.store.model.Catalogue;
import tenken.store.model.InputRelation;
import tenken.store.model.Material;
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
        // Derived shares are the store's own arithmetic on trade flows, recomputed from them: written out as
        // entered figures they would come back as hand-entered ones and block their own recomputation.
        List<SupplyShare> shares = catalogue.shares().stream().filter(s -> !s.derived()).sorted(SHARE_ORDER).toList();
        try (CSVPrinter printer = new CSVPrinter(out, format(SharesCsv.HEADER))) {
            for (SupplyShare s : shares) {
                printer.printRecord(CsvCells.text(s.material()), CsvCells.text(s.stage()),
                        CsvCells.text(s.supplier()), Decimals.plain(s.share()), s.year(), CsvCells.text(s.source()),
                        CsvCells.text(s.consumer()), CsvCells.text(s.basis()), CsvCells.text(s.quality()),
                        CsvCells.text(s.note()));
            }
        }
    }

    public static void writeInputs(Catalogue catalogue, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, format(InputsCsv.HEADER))) {
            for (InputRelation r : catalogue.inputs()) {
                printer.printRecord(CsvCells.text(r.material()), CsvCells.text(r.stage()),
                        CsvCells.text(r.inputMaterial()), CsvCells.text(r.inputStage()));
            }
        }
    }

    /**
     * Writes every material in the {@code material,name_ja,name_en,parent} format, each parent before
     * its items (catalogue order among siblings), so that the file imports as it stands.
     */
    public static void writeMaterials(Catalogue catalogue, Writer out) throws IOException {
        Comparator<Material> order = Comparator.comparingInt(Material::sortOrder).thenComparing(Material::key);
        java.util.Map<String, List<Material>> children = new java.util.HashMap<>();
        catalogue.materials().forEach(m -> children.computeIfAbsent(m.parentKey(), k -> new java.util.ArrayList<>()).add(m));
        try (CSVPrinter printer = new CSVPrinter(out, format(MaterialsCsv.HEADER))) {
            java.util.Deque<Material> pending = new java.util.ArrayDeque<>();
            children.getOrDefault(null, List.of()).stream().sorted(order.reversed()).forEach(pending::push);
            java.util.Set<String> written = new java.util.HashSet<>();
            while (!pending.isEmpty()) {
                Material m = pending.pop();
                if (!written.add(m.key())) {
                    continue;
                }
                printer.printRecord(CsvCells.text(m.key()), CsvCells.text(m.nameJa()), CsvCells.text(m.nameEn()),
                        m.parentKey() == null ? "" : CsvCells.text(m.parentKey()));
                children.getOrDefault(m.key(), List.of()).stream().sorted(order.reversed()).forEach(pending::push);
            }
        }
    }

    private static CSVFormat format(List<String> header) {
        return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator("\n").build();
    }
}
