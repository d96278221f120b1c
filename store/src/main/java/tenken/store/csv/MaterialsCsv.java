package tenken.store.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tenken.assets.Messages;
import tenken.store.model.Material;
import tenken.store.model.NameLookup;

/**
 * The materials file format, a contract: {@code material,name_ja,name_en,parent}. It declares
 * candidates (no parent) and items (a parent named by key, Japanese or English name); a key that
 * exists is updated, nothing is deleted, and every name must stay the name of one material only.
 */
public final class MaterialsCsv {

    public static final String MATERIAL = "material";
    public static final String NAME_JA = "name_ja";
    public static final String NAME_EN = "name_en";
    public static final String PARENT = "parent";

    public static final List<String> HEADER = List.of(MATERIAL, NAME_JA, NAME_EN, PARENT);

    /** Keys are lowercase English words, as the shipped ones: {@code natural graphite}, {@code 6-apa}. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:[ \\-][a-z0-9]+)*");

    private MaterialsCsv() {
    }

    /** A declared material and the line that declared it. */
    private record Declared(long line, String key, String nameJa, String nameEn, String parent) {
    }

    /**
     * Reads and checks the file against {@code stored}.
     *
     * @return the materials to insert or update, parents first, new ones numbered after the stored
     * @throws ImportException listing every problem, when there is any
     */
    public static List<Material> read(String file, CsvReader csv, List<Material> stored) {
        List<ImportProblem> problems = csv.problems();
        Map<String, Declared> declared = new LinkedHashMap<>();
        for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
            RowReader reader = new RowReader(file, row, problems);
            String key = reader.name(MATERIAL);
            if (!key.isEmpty() && !KEY.matcher(key).matches()) {
                reader.fail(MATERIAL, Messages.get("import.error.badKey", key));
            }
            String nameJa = reader.name(NAME_JA);
            String nameEn = reader.name(NAME_EN);
            String parent = row.get(PARENT).isEmpty() ? "" : reader.name(PARENT);
            if (!reader.ok()) {
                continue;
            }
            if (declared.containsKey(key)) {
                reader.fail(MATERIAL, Messages.get("import.error.declaredTwice", key,
                        String.valueOf(declared.get(key).line())));
                continue;
            }
            declared.put(key, new Declared(row.line(), key, nameJa, nameEn, parent));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        Map<String, Material> after = new LinkedHashMap<>();
        stored.forEach(m -> after.put(m.key(), m));
        int nextOrder = stored.stream().mapToInt(Material::sortOrder).max().orElse(0) + 1;
        for (Declared d : declared.values()) {
            Material old = after.get(d.key());
            after.put(d.key(), new Material(d.key(), d.nameJa(), d.nameEn(), old == null ? null : old.parentKey(),
                    old == null ? nextOrder++ : old.sortOrder()));
        }
        NameLookup names = new NameLookup(List.copyOf(after.values()), List.of());
        Map<String, String> parents = new HashMap<>();
        after.values().forEach(m -> parents.put(m.key(), m.parentKey()));
        for (Declared d : declared.values()) {
            if (d.parent().isEmpty()) {
                parents.put(d.key(), null);
                continue;
            }
            Optional<Material> parent = names.material(d.parent());
            if (parent.isEmpty()) {
                problems.add(new ImportProblem(file, d.line(), PARENT, names.unknownMaterial(d.parent())));
            } else {
                parents.put(d.key(), parent.get().key());
            }
        }
        refuseSharedNames(file, declared, after, problems);
        if (problems.isEmpty()) {
            refuseParentCycles(file, declared, parents, problems);
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(ImportProblem::line));
            throw new ImportException(problems);
        }
        List<Material> result = new ArrayList<>();
        for (Declared d : declared.values()) {
            Material m = after.get(d.key());
            result.add(new Material(m.key(), m.nameJa(), m.nameEn(), parents.get(d.key()), m.sortOrder()));
        }
        return result;
    }

    /** A name (or key) of a declared material that another material also goes by would make names ambiguous. */
    private static void refuseSharedNames(String file, Map<String, Declared> declared, Map<String, Material> after,
            List<ImportProblem> problems) {
        Map<String, Set<String>> keysByName = new HashMap<>();
        for (Material m : after.values()) {
            for (String name : new String[] {m.key(), m.nameJa(), m.nameEn()}) {
                keysByName.computeIfAbsent(NameLookup.normalise(name), n -> new HashSet<>()).add(m.key());
            }
        }
        for (Declared d : declared.values()) {
            String[][] named = {{MATERIAL, d.key()}, {NAME_JA, d.nameJa()}, {NAME_EN, d.nameEn()}};
            for (String[] field : named) {
                Set<String> owners = new HashSet<>(keysByName.getOrDefault(NameLookup.normalise(field[1]), Set.of()));
                owners.remove(d.key());
                if (!owners.isEmpty()) {
                    problems.add(new ImportProblem(file, d.line(), field[0], Messages.get("import.error.nameTaken",
                            field[1], owners.stream().sorted().findFirst().orElseThrow())));
                }
            }
        }
    }

    private static void refuseParentCycles(String file, Map<String, Declared> declared, Map<String, String> parents,
            List<ImportProblem> problems) {
        for (Declared d : declared.values()) {
            List<String> chain = new ArrayList<>(List.of(d.key()));
            for (String up = parents.get(d.key()); up != null; up = parents.get(up)) {
                chain.add(up);
                if (up.equals(d.key())) {
                    problems.add(new ImportProblem(file, d.line(), PARENT,
                            Messages.get("import.error.parentCycle", String.join(" → ", chain))));
                    return;
                }
                if (chain.size() > parents.size() + 1) {
                    break;
                }
            }
        }
    }
}
