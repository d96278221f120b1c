package tenken.store.hostile;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tenken.store.TestDatabases;

/**
 * The materials and stages of the test database, how a file may spell them, and issue 10's rule
 * for what a typed name means (the test's own model of it, not the importer's code): NFKC, without
 * zero-width characters and no-break spaces, trimmed, case ignored; a name of more than 200
 * characters, or with a control or text-direction character, is refused before it is looked up.
 */
public final class Names {

    /** A material or stage: its key and the names a file may use for it. */
    public record Entry(String key, String ja, String en) {
    }

    public static final List<Entry> MATERIALS = TestDatabases.MATERIALS.stream()
            .map(m -> new Entry(m.key(), m.nameJa(), m.nameEn())).toList();

    /** Some of the shipped stages (assets' stages.csv). */
    public static final List<Entry> STAGES = List.of(
            new Entry("mining", "採掘", "Mining"),
            new Entry("refining", "製錬・精製", "Refining and processing"),
            new Entry("product", "製品", "Product"),
            new Entry("api", "原薬", "Active pharmaceutical ingredient (API)"),
            new Entry("components", "部素材", "Components and materials"));

    static final int MAX_NAME = 200;

    /** Near misses from issue 10: each creates a phantom before the fix. */
    private static final List<String> NEAR_MISS_MATERIALS = List.of("galium", "gallium metal", "ガリウ",
            "ｇａｌｉｕｍ", "germanium-", "neodym", "βラクタム", "magnets");
    private static final List<String> NEAR_MISS_STAGES = List.of("精錬", "Refinement", "refinig", "mine", "製品化", "API原薬");

    /** Characters inserted into a name: invisible ones (still the same name), others (a different name). */
    private static final List<String> INSERTS = List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00A0",
            "\u2007", "\u202F", "\u3000", "a", "Z", "ｇ", "\u0301", "-", "・", "ー", ",", "\"", " ");
    /** Control and text-direction characters (refused inside a name). */
    private static final List<String> CONTROLS = List.of("\u0001", "\u0007", "\u000B", "\u001B", "\u007F", "\u0085",
            "\u009F", "\n", "\t", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069");

    private Names() {
    }

    /** A spelling that must resolve to {@code entry}. */
    public static String sound(Choices choices, Entry entry) {
        return switch (choices.below(10)) {
            case 1 -> entry.ja();
            case 2 -> entry.en();
            case 3 -> entry.en().toUpperCase(Locale.ROOT);
            case 4 -> fullWidth(entry.key());
            case 5 -> entry.key() + "\u200B";
            case 6 -> "\u00A0" + entry.en();
            case 7 -> "\u200D" + entry.ja() + "\u3000";
            case 8 -> " " + fullWidth(entry.en().toLowerCase(Locale.ROOT)) + " ";
            case 9 -> entry.key().toUpperCase(Locale.ROOT);
            default -> entry.key();
        };
    }

    /**
     * A spelling of {@code entry} that the fuzzer changes: a near miss from the issue, an edit at a
     * chosen place (which may or may not still be the same name: {@link #resolve} tells), a control
     * or text-direction character inside it, or one over the length limit.
     */
    public static String hostile(Choices choices, Entry entry, boolean stage) {
        String name = sound(choices, entry);
        int at = choices.below(name.length() + 1);
        return switch (choices.below(7)) {
            case 1 -> name.substring(0, at) + choices.of(INSERTS) + name.substring(at);
            case 2 -> name.isEmpty() || at == name.length() ? name + "x"
                    : name.substring(0, at) + choices.of("x", "ｘ", "ア", "Ga") + name.substring(at + 1);
            case 3 -> name.length() < 2 ? "" : name.substring(0, Math.max(1, at)) + choices.of(CONTROLS)
                    + name.substring(Math.max(1, at)) + "x";
            case 4 -> name + "x".repeat(MAX_NAME + 1 - Math.min(MAX_NAME, name.length()) + choices.below(3));
            case 5 -> name.substring(0, at) + name.substring(Math.min(name.length(), at + 1));
            case 6 -> choices.oneIn(2) ? "" : name.substring(0, at);
            default -> choices.of(stage ? NEAR_MISS_STAGES : NEAR_MISS_MATERIALS);
        };
    }

    /**
     * What the file's field (as the CSV parser returns it) means: the key it resolves to, or empty
     * when it must be refused.
     */
    public static Optional<String> resolve(String field, List<Entry> entries) {
        String value = field.strip();
        if (value.isEmpty() || value.length() > MAX_NAME || hasControl(value, false)) {
            return Optional.empty();
        }
        String typed = normalise(value);
        return entries.stream()
                .filter(e -> normalise(e.key()).equals(typed) || normalise(e.ja()).equals(typed)
                        || normalise(e.en()).equals(typed))
                .map(Entry::key)
                .findFirst();
    }

    /** Control characters (line breaks and tabs allowed in free text) and text-direction overrides. */
    public static boolean hasControl(String value, boolean freeText) {
        return value.chars().anyMatch(c -> Character.isISOControl(c) && !(freeText && (c == '\n' || c == '\r' || c == '\t'))
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069);
    }

    private static String normalise(String name) {
        String visible = name.replaceAll("[\u200B\u200C\u200D\u2060\uFEFF\u00A0\u2007\u202F]", "");
        return Normalizer.normalize(visible, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /** ASCII letters, digits and punctuation as their full-width forms, a space as the ideographic space. */
    public static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c == ' ' ? '\u3000' : c > ' ' && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return out.toString();
    }
}
