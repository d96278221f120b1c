package tenken.store.hostile;

import java.util.ArrayList;
import java.util.List;
import tenken.store.model.Material;

/**
 * Materials files ({@code tenken import --materials}): one to four candidate declarations, each
 * perhaps the parent of the next, and at most one hostile row (a badly formed key, a name another
 * material holds, an unknown parent, a field too many, a text-direction character, a name over the
 * limit, a parent cycle, a broken quote).
 */
public final class MaterialsFiles {

    public record Generated(byte[] bytes, String description, Verdict verdict, List<Material> expected) {
    }

    private MaterialsFiles() {
    }

    public static Generated generate(Choices choices) {
        List<String> rows = new ArrayList<>();
        List<Material> expected = new ArrayList<>();
        int count = 1 + choices.below(4);
        for (int i = 0; i < count; i++) {
            String key = "candidate " + i;
            String parent = i > 0 && choices.oneIn(2) ? "candidate " + (i - 1) : choices.oneIn(2) ? "重要鉱物" : "";
            String parentKey = parent.isEmpty() ? null : parent.equals("重要鉱物") ? "critical minerals" : parent;
            String nameJa = "候補" + i + choices.of("", "（試案）", "・改");
            String nameEn = "Candidate " + i + choices.of("", " (draft)", ", revised");
            rows.add(CsvFile.record(List.of(key, nameJa, nameEn, parent)));
            expected.add(new Material(key, nameJa, nameEn, parentKey, 0));
        }
        Verdict verdict = Verdict.SOUND;
        if (choices.below(3) > 0) {
            String[] fieldAndRow = switch (choices.below(8)) {
                case 1 -> new String[] {"name_ja", CsvFile.record(List.of("other", "ガリウム", "Other", ""))};
                case 2 -> new String[] {"parent", CsvFile.record(List.of("other", "他", "Other", "critical minerls"))};
                case 3 -> new String[] {"row", CsvFile.record(List.of("other", "他", "Other", "")) + ",extra"};
                case 4 -> new String[] {"name_ja", CsvFile.record(List.of("other", "他" + choices.of("\u202E", "\u2067",
                        "\u0007"), "Other", ""))};
                case 5 -> new String[] {"name_en", CsvFile.record(List.of("other", "他", "O".repeat(201), ""))};
                case 6 -> new String[] {"parent", CsvFile.record(List.of("critical minerals", "重要鉱物",
                        "Critical minerals", "gallium"))};
                case 7 -> new String[] {"CSV syntax", "other,\"他,Other,"};
                default -> new String[] {"material", CsvFile.record(List.of(choices.of("Bad Key", "bad_key", "ｂａｄ", ""),
                        "悪い", "Bad", ""))};
            };
            int at = choices.below(rows.size() + 1);
            rows.add(at, fieldAndRow[1]);
            verdict = new Verdict("materials " + fieldAndRow[0], 0, fieldAndRow[0]);
        }
        String text = "material,name_ja,name_en,parent\n" + String.join("\n", rows) + "\n";
        return new Generated(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), verdict + ":\n" + text, verdict,
                verdict.refused() ? List.of() : expected);
    }
}
