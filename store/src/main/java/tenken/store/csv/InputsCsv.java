package tenken.store.csv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tenken.store.model.InputRelation;

/** The input relations file format, a contract: {@code material,stage,input_material,input_stage}. */
public final class InputsCsv {

    public static final String MATERIAL = "material";
    public static final String STAGE = "stage";
    public static final String INPUT_MATERIAL = "input_material";
    public static final String INPUT_STAGE = "input_stage";

    public static final List<String> HEADER = List.of(MATERIAL, STAGE, INPUT_MATERIAL, INPUT_STAGE);

    private InputsCsv() {
    }

    /** Reads every row; duplicates collapse to one relation. */
    public static List<InputRelation> read(String file, CsvTable table) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<InputRelation> relations = new LinkedHashSet<>();
        for (CsvTable.Row row : table.rows()) {
            RowReader reader = new RowReader(file, row, problems);
            InputRelation relation = new InputRelation(reader.required(MATERIAL), reader.required(STAGE),
                    reader.required(INPUT_MATERIAL), reader.required(INPUT_STAGE));
            if (reader.ok()) {
                relations.add(relation);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return new ArrayList<>(relations);
    }
}
