package tenken.store.trade;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tenken.assets.Messages;
import tenken.store.csv.CsvReader;
import tenken.store.csv.CsvTable;
import tenken.store.csv.ImportException;
import tenken.store.csv.ImportProblem;
import tenken.store.model.Catalogue;
import tenken.store.model.Material;
import tenken.store.model.NameLookup;
import tenken.store.model.Stage;

/**
 * The commodity-mapping file, a contract: {@code material,stage,code,basis,unit,note,source}. A row with an
 * empty code says the item has none; an item's rows replace its mappings as a whole.
 */
public final class MappingCsv {

    public static final String MATERIAL = "material";
    public static final String STAGE = "stage";
    public static final String CODE = "code";
    public static final String BASIS = "basis";
    public static final String UNIT = "unit";
    public static final String NOTE = "note";
    public static final String SOURCE = "source";
    public static final List<String> HEADER = List.of(MATERIAL, STAGE, CODE, BASIS, UNIT, NOTE, SOURCE);
    public static final List<String> REQUIRED = List.of(MATERIAL, STAGE, CODE, BASIS);

    private MappingCsv() {
    }

    /** The items a file names (with or without a code) and the mappings it gives them. */
    public record Read(Set<CommodityMapping.Item> items, List<CommodityMapping> mappings) {
    }

    /** Reads and checks every row against the catalogue; refuses the file on any problem. */
    public static Read read(String file, CsvTable table, Catalogue catalogue) {
        return read(file, table.rows(), catalogue);
    }

    /** Reads and checks the given rows of a mapping file. */
    public static Read read(String file, List<CsvReader.Row> rows, Catalogue catalogue) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<CommodityMapping.Item> items = new LinkedHashSet<>();
        List<CommodityMapping> mappings = new ArrayList<>();
        Map<CommodityMapping.Item, String> basisOfItem = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        // The one name lookup: key, Japanese or English name; what matches nothing is refused with the closest name.
        NameLookup names = catalogue.names();
        for (CsvReader.Row row : rows) {
            int before = problems.size();
            String materialName = row.get(MATERIAL);
            Material material = materialName.isEmpty() ? null : names.material(materialName).orElse(null);
            if (materialName.isEmpty()) {
                problems.add(new ImportProblem(file, row.line(), MATERIAL, Messages.get("import.error.missingValue")));
            } else if (material == null) {
                problems.add(new ImportProblem(file, row.line(), MATERIAL, names.unknownMaterial(materialName)));
            }
            String stageName = row.get(STAGE);
            String stage = names.stage(stageName).map(Stage::key).orElse(stageName);
            String code = row.get(CODE).replace(".", "").replace("'", "");
            // A row without code or stage says the material has no code at any stage.
            boolean anyStage = code.isEmpty() && stage.isEmpty();
            if (!anyStage && names.stage(stageName).isEmpty()) {
                problems.add(new ImportProblem(file, row.line(), STAGE, names.unknownStage(stageName)));
            }
            String basisText = row.get(BASIS);
            String unit = row.get(UNIT).toLowerCase(java.util.Locale.ROOT);
            CommodityMapping.Basis basis = CommodityMapping.Basis.ofKey(basisText).orElse(null);
            if (!code.isEmpty()) {
                if (!code.matches("\\d{2,9}")) {
                    problems.add(new ImportProblem(file, row.line(), CODE, Messages.get("trade.error.mappingCode", code)));
                }
                if (basis == null) {
                    problems.add(new ImportProblem(file, row.line(), BASIS, Messages.get("trade.error.basis", basisText)));
                } else if (basis == CommodityMapping.Basis.QUANTITY && unit.isEmpty()) {
                    problems.add(new ImportProblem(file, row.line(), UNIT, Messages.get("trade.error.unit")));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            CommodityMapping.Item item = new CommodityMapping.Item(material.key(), stage);
            items.add(item);
            if (code.isEmpty()) {
                continue;
            }
            if (!seen.add(item + "\u0000" + code)) {
                problems.add(new ImportProblem(file, row.line(), CODE, Messages.get("trade.error.duplicateCode", code)));
                continue;
            }
            String unitOfBasis = basis == CommodityMapping.Basis.VALUE ? "" : Units.of(unit).unit();
            String previous = basisOfItem.putIfAbsent(item, basis.key() + " " + unitOfBasis);
            if (previous != null && !previous.equals(basis.key() + " " + unitOfBasis)) {
                problems.add(new ImportProblem(file, row.line(), BASIS,
                        Messages.get("trade.error.mixedBasis", previous.strip(), (basis.key() + " " + unitOfBasis).strip())));
                continue;
            }
            mappings.add(new CommodityMapping(material.key(), stage, code, basis, unitOfBasis, row.get(NOTE),
                    row.get(SOURCE)));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return new Read(items, mappings);
    }

    /**
     * Writes every material of the catalogue with its mappings, one row per code; a material without a code
     * gets one row with an empty code, so that what is not mapped shows.
     */
    public static void write(Catalogue catalogue, List<CommodityMapping> mappings, Writer out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new))
                .setRecordSeparator("\n").build();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Material material : catalogue.materials()) {
                List<CommodityMapping> own = mappings.stream().filter(m -> m.material().equals(material.key())).toList();
                if (own.isEmpty()) {
                    printer.printRecord(material.key(), "", "", "", "", "", "");
                }
                for (CommodityMapping m : own) {
                    printer.printRecord(m.material(), m.stage(), m.code(), m.basis().key(), m.unit(), m.note(), m.source());
                }
            }
        }
    }
}
