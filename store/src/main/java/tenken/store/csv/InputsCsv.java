package tenken.store.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tenken.assets.Messages;
import tenken.store.model.InputRelation;
import tenken.store.model.NameLookup;

/** The input relations file format, a contract: {@code material,stage,input_material,input_stage}. */
public final class InputsCsv {

    public static final String MATERIAL = "material";
    public static final String STAGE = "stage";
    public static final String INPUT_MATERIAL = "input_material";
    public static final String INPUT_STAGE = "input_stage";

    public static final List<String> HEADER = List.of(MATERIAL, STAGE, INPUT_MATERIAL, INPUT_STAGE);

    private InputsCsv() {
    }

    /**
     * Reads every row, resolving names to keys; duplicates collapse to one relation. The relations
     * the file would leave in the store ({@code stored}, less those of every material-stage the file
     * names, plus the file's) must not make a cycle: a material-stage cannot be its own input.
     */
    public static List<InputRelation> read(String file, CsvReader csv, NameLookup names, List<InputRelation> stored) {
        List<ImportProblem> problems = csv.problems();
        Map<InputRelation, Long> lines = new LinkedHashMap<>();
        Map<String, String> materials = new HashMap<>();
        Map<String, String> stages = new HashMap<>();
        for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
            RowReader reader = new RowReader(file, row, problems);
            InputRelation relation = new InputRelation(reader.material(MATERIAL, names, materials),
                    reader.stage(STAGE, names, stages), reader.material(INPUT_MATERIAL, names, materials),
                    reader.stage(INPUT_STAGE, names, stages));
            if (reader.ok()) {
                lines.putIfAbsent(relation, row.line());
            }
        }
        if (problems.isEmpty()) {
            refuseCycle(file, lines, stored, problems);
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return new ArrayList<>(lines.keySet());
    }

    private static void refuseCycle(String file, Map<InputRelation, Long> fromFile, List<InputRelation> stored,
            List<ImportProblem> problems) {
        Set<String> replaced = new HashSet<>();
        fromFile.keySet().forEach(r -> replaced.add(node(r.material(), r.stage())));
        Map<String, List<InputRelation>> inputsOf = new LinkedHashMap<>();
        for (InputRelation r : stored) {
            if (!replaced.contains(node(r.material(), r.stage()))) {
                inputsOf.computeIfAbsent(node(r.material(), r.stage()), k -> new ArrayList<>()).add(r);
            }
        }
        fromFile.keySet().forEach(r -> inputsOf.computeIfAbsent(node(r.material(), r.stage()), k -> new ArrayList<>()).add(r));
        List<InputRelation> cycle = new CycleFinder(inputsOf).find();
        if (cycle.isEmpty()) {
            return;
        }
        InputRelation closing = cycle.stream().filter(fromFile::containsKey).findFirst().orElse(cycle.get(0));
        // Told from the file's row: the material-stage that row names comes first.
        int at = cycle.indexOf(closing);
        cycle = new ArrayList<>(cycle);
        java.util.Collections.rotate(cycle, -at);
        StringBuilder path = new StringBuilder(node(cycle.get(0).material(), cycle.get(0).stage()));
        for (InputRelation r : cycle) {
            path.append(" ← ").append(node(r.inputMaterial(), r.inputStage()));
        }
        problems.add(new ImportProblem(file, fromFile.getOrDefault(closing, 0L), Messages.get("import.field.input"),
                Messages.get("import.error.cycle", path.toString())));
    }

    private static String node(String material, String stage) {
        return material + "/" + stage;
    }

    /** Depth-first search for a cycle, returned as the relations along it (empty: none). */
    private static final class CycleFinder {
        private final Map<String, List<InputRelation>> inputsOf;
        private final Set<String> done = new HashSet<>();
        private final List<InputRelation> path = new ArrayList<>();
        private final Set<String> onPath = new HashSet<>();

        CycleFinder(Map<String, List<InputRelation>> inputsOf) {
            this.inputsOf = inputsOf;
        }

        List<InputRelation> find() {
            for (String start : List.copyOf(inputsOf.keySet())) {
                List<InputRelation> cycle = visit(start);
                if (!cycle.isEmpty()) {
                    return cycle;
                }
            }
            return List.of();
        }

        private List<InputRelation> visit(String node) {
            if (done.contains(node)) {
                return List.of();
            }
            onPath.add(node);
            for (InputRelation r : inputsOf.getOrDefault(node, List.of())) {
                String next = node(r.inputMaterial(), r.inputStage());
                path.add(r);
                if (onPath.contains(next)) {
                    int from = 0;
                    while (!node(path.get(from).material(), path.get(from).stage()).equals(next)) {
                        from++;
                    }
                    return List.copyOf(path.subList(from, path.size()));
                }
                List<InputRelation> cycle = visit(next);
                if (!cycle.isEmpty()) {
                    return cycle;
                }
                path.remove(path.size() - 1);
            }
            onPath.remove(node);
            done.add(node);
            return List.of();
        }
    }
}
