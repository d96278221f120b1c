package tenken.store.hostile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tenken.store.model.InputRelation;

/**
 * Input-relation files ({@code tenken import --inputs}) generated from issue 10's hostile classes,
 * mixed with sound relations in every accepted spelling. Sound relations follow one order of the
 * material-stages ({@link #NODES}, an input always earlier), as do the relations already stored
 * ({@link #STORED}), so only a deliberate back edge can close a cycle; whether it does (through the
 * file's relations, the stored ones, or both, less those the file replaces) is decided by the test's
 * own search, not the importer's.
 */
public final class InputsFiles {

    /** A generated file, what it must lead to, and (when sound) exactly the relations the store must then hold. */
    public record Generated(byte[] bytes, String description, Verdict verdict, Set<InputRelation> expected) {
    }

    public enum Hostile {
        MATERIAL, STAGE, INPUT_MATERIAL, INPUT_STAGE, CYCLE, EXTRA_FIELD, MISSING_FIELD, BROKEN_QUOTE,
        DUPLICATE_COLUMN, UNKNOWN_COLUMN, MISSING_COLUMN, EUC_JP, DAMAGED_UTF8
    }

    record Node(Names.Entry material, Names.Entry stage) {
    }

    /** Material-stages in an order in which every sound input comes earlier. */
    static final List<Node> NODES = List.of(
            node("gallium", "mining"), node("gallium", "refining"), node("germanium", "refining"),
            node("neodymium", "mining"), node("neodymium", "refining"), node("dysprosium", "refining"),
            node("permanent magnets", "components"), node("permanent magnets", "product"),
            node("beta-lactam antibiotics", "api"), node("beta-lactam antibiotics", "product"));

    /** What the database holds before each file: a chain gallium → germanium, and magnets from neodymium. */
    public static final List<InputRelation> STORED = List.of(relation(1, 0), relation(2, 1), relation(7, 4));

    static final List<String> HEADER = List.of("material", "stage", "input_material", "input_stage");

    private static final class Row {
        final Map<String, String> fields = new HashMap<>();
        InputRelation relation;
        long line;
    }

    private final Choices choices;

    private InputsFiles(Choices choices) {
        this.choices = choices;
    }

    public static Generated generate(Choices choices) {
        return new InputsFiles(choices).generate();
    }

    private Generated generate() {
        Hostile hostile = choices.below(3) == 0 ? null : choices.of(Hostile.values());
        List<String> columns = new ArrayList<>(HEADER);
        shuffle(columns);
        List<Row> rows = new ArrayList<>();
        int count = 1 + choices.below(6);
        for (int i = 0; i < count; i++) {
            int to = 1 + choices.below(NODES.size() - 1);
            rows.add(row(to, choices.below(to)));
        }
        if (choices.oneIn(4)) {
            Row again = rows.get(choices.below(rows.size()));  // a duplicate relation collapses into one
            rows.add(row(NODES.indexOf(node(again.relation.material(), again.relation.stage())),
                    NODES.indexOf(node(again.relation.inputMaterial(), again.relation.inputStage()))));
        }

        Row bad = null;
        String field = null;
        String extraColumn = null;
        boolean stillSound = false;
        if (hostile != null) {
            int to = 1 + choices.below(NODES.size() - 1);
            bad = row(to, choices.below(to));
            switch (hostile) {
                case MATERIAL, STAGE, INPUT_MATERIAL, INPUT_STAGE -> {
                    field = hostile.name().toLowerCase(java.util.Locale.ROOT);
                    boolean stage = field.endsWith("stage");
                    Node node = field.startsWith("input") ? NODES.get(choices.below(to)) : NODES.get(to);
                    Names.Entry entry = stage ? node.stage() : node.material();
                    String typed = Names.hostile(choices, entry, stage);
                    Optional<String> key = Names.resolve(typed, stage ? Names.STAGES : Names.MATERIALS);
                    if (key.isPresent()) {
                        typed = stage ? "Refinement" : "ｇａｌｉｕｍ";  // still a known name: use a near miss instead
                    }
                    bad.fields.put(field, typed);
                }
                case CYCLE -> {
                    // A back edge: a material-stage that needs itself or one of its own later stages or products.
                    int from = choices.below(NODES.size());
                    int input = from + choices.below(NODES.size() - from);
                    bad = row(from, input);
                    field = "input";
                    stillSound = true;  // unless the search below finds the cycle
                    if (choices.oneIn(2) && input > from) {
                        // Close it through the file, too: the input needs a chain back down to the material-stage.
                        for (int step = input; step > from; step--) {
                            rows.add(choices.below(rows.size() + 1), row(step, step - 1));
                        }
                    }
                }
                case EXTRA_FIELD, MISSING_FIELD -> field = "row";
                case BROKEN_QUOTE -> field = "CSV syntax";
                case DUPLICATE_COLUMN -> field = extraColumn = choices.of(columns);
                case UNKNOWN_COLUMN -> {
                    extraColumn = choices.of("input", "Material", "input material", "input_stage2", "", "工程");
                    field = extraColumn.isEmpty() ? "\"\"" : extraColumn;
                }
                case MISSING_COLUMN -> {
                    field = choices.of(HEADER);
                    columns.remove(field);
                }
                case EUC_JP -> {
                    bad.fields.put("material", NODES.get(to).material().ja());
                    field = "encoding";
                    stillSound = true;  // unless the text can be written in EUC-JP
                }
                case DAMAGED_UTF8 -> {
                    bad.fields.put("material", Encoded.DAMAGE_MARK);
                    field = "encoding";
                }
                default -> throw new IllegalStateException(hostile.name());
            }
            if (!stillSound) {
                bad.relation = null;
            }
            rows.add(choices.below(rows.size() + 1), bad);
        }

        String newline = choices.oneIn(3) ? "\r\n" : "\n";
        CsvFile file = new CsvFile(newline);
        List<String> header = new ArrayList<>(columns);
        if (extraColumn != null) {
            header.add(choices.below(header.size() + 1), extraColumn);
        }
        file.add(CsvFile.record(header));
        for (Row row : rows) {
            if (choices.oneIn(4)) {
                file.add(choices.of("", "  "));
            }
            List<String> values = new ArrayList<>();
            for (String column : header) {
                values.add(row.fields.getOrDefault(column, choices.of("x", "", "gallium")));
            }
            String record = CsvFile.record(values);
            if (row == bad && hostile == Hostile.EXTRA_FIELD) {
                record = record + "," + choices.of("extra", "", "gallium");
            } else if (row == bad && hostile == Hostile.MISSING_FIELD) {
                record = CsvFile.record(values.subList(0, values.size() - 1));
            } else if (row == bad && hostile == Hostile.BROKEN_QUOTE) {
                record = CsvFile.brokenQuote(choices, values);
            }
            row.line = file.add(record);
        }

        Encoded.Bytes bytes = Encoded.encode(choices, file.text(), hostile == Hostile.DAMAGED_UTF8 ? Encoded.Mode.DAMAGE
                : hostile == Hostile.EUC_JP ? Encoded.Mode.EUC_JP : Encoded.Mode.SOUND);
        Set<InputRelation> fromFile = new LinkedHashSet<>();
        rows.stream().filter(r -> r.relation != null).forEach(r -> fromFile.add(r.relation));
        Set<InputRelation> after = storedAfter(fromFile);
        Verdict verdict;
        if (hostile == Hostile.CYCLE && hasCycle(after)) {
            verdict = new Verdict(hostile.name(), 0, field);  // the line of a relation on the cycle; which one is the search's
        } else if (hostile == null || stillSound && bytes.hostileClass() == null) {
            verdict = Verdict.SOUND;
        } else {
            verdict = new Verdict(hostile.name(), switch (hostile) {
                case DUPLICATE_COLUMN, UNKNOWN_COLUMN, MISSING_COLUMN -> 1;
                case EUC_JP -> 0;
                default -> bad.line;
            }, field);
        }
        String description = verdict + ", " + bytes.charset() + ", " + (newline.equals("\n") ? "LF" : "CRLF") + ":\n"
                + file.text();
        return new Generated(bytes.bytes(), description, verdict, verdict.refused() ? Set.of() : after);
    }

    /** The stored relations less those of every material-stage the file names, plus the file's. */
    static Set<InputRelation> storedAfter(Set<InputRelation> fromFile) {
        Set<Node> replaced = new HashSet<>();
        fromFile.forEach(r -> replaced.add(node(r.material(), r.stage())));
        Set<InputRelation> after = new LinkedHashSet<>();
        STORED.stream().filter(r -> !replaced.contains(node(r.material(), r.stage()))).forEach(after::add);
        after.addAll(fromFile);
        return after;
    }

    /** Kahn's algorithm: a graph has a cycle when repeatedly removing nodes without inputs leaves some. */
    static boolean hasCycle(Set<InputRelation> relations) {
        Map<String, Integer> inputs = new HashMap<>();
        Map<String, List<String>> usedBy = new HashMap<>();
        for (InputRelation r : relations) {
            String to = r.material() + "/" + r.stage();
            String from = r.inputMaterial() + "/" + r.inputStage();
            inputs.merge(to, 1, Integer::sum);
            inputs.putIfAbsent(from, 0);
            usedBy.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
        }
        Deque<String> ready = new ArrayDeque<>();
        inputs.forEach((n, c) -> {
            if (c == 0) {
                ready.add(n);
            }
        });
        int removed = 0;
        while (!ready.isEmpty()) {
            String n = ready.poll();
            removed++;
            for (String next : usedBy.getOrDefault(n, List.of())) {
                if (inputs.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return removed < inputs.size();
    }

    private Row row(int to, int from) {
        Row row = new Row();
        Node node = NODES.get(to);
        Node input = NODES.get(from);
        row.fields.put("material", Names.sound(choices, node.material()));
        row.fields.put("stage", Names.sound(choices, node.stage()));
        row.fields.put("input_material", Names.sound(choices, input.material()));
        row.fields.put("input_stage", Names.sound(choices, input.stage()));
        row.relation = relation(to, from);
        return row;
    }

    private static InputRelation relation(int to, int from) {
        return new InputRelation(NODES.get(to).material().key(), NODES.get(to).stage().key(),
                NODES.get(from).material().key(), NODES.get(from).stage().key());
    }

    private static Node node(String material, String stage) {
        return new Node(Names.MATERIALS.stream().filter(e -> e.key().equals(material)).findFirst().orElseThrow(),
                Names.STAGES.stream().filter(e -> e.key().equals(stage)).findFirst().orElseThrow());
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            java.util.Collections.swap(list, i, choices.below(i + 1));
        }
    }
}
