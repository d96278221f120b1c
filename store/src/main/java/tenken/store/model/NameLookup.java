package tenken.store.model;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tenken.assets.Messages;

/**
 * The one name lookup of the program: a material or stage is found by its key, Japanese name or
 * English name, compared after {@link #normalise normalisation}. Nothing else in Tenken matches names;
 * a name that matches nothing is refused with the closest known name, never created.
 */
public final class NameLookup {

    private final Index<Material> materials;
    private final Index<Stage> stages;

    public NameLookup(List<Material> materials, List<Stage> stages) {
        this.materials = new Index<>(materials, m -> new String[] {m.key(), m.nameJa(), m.nameEn()});
        this.stages = new Index<>(stages, s -> new String[] {s.key(), s.nameJa(), s.nameEn()});
    }

    public Optional<Material> material(String typed) {
        return materials.find(typed);
    }

    public Optional<Stage> stage(String typed) {
        return stages.find(typed);
    }

    /** Why {@code typed} is not a material, with the closest one: {@code unknown material "galium" (did you mean gallium / ガリウム?)}. */
    public String unknownMaterial(String typed) {
        return materials.closest(typed)
                .map(m -> Messages.get("names.error.unknownMaterialSuggest", typed, m.key(), m.nameJa()))
                .orElseGet(() -> Messages.get("names.error.unknownMaterial", typed));
    }

    /** Why {@code typed} is not a stage, with the closest one. */
    public String unknownStage(String typed) {
        return stages.closest(typed)
                .map(s -> Messages.get("names.error.unknownStageSuggest", typed, s.key(), s.nameJa()))
                .orElseGet(() -> Messages.get("names.error.unknownStage", typed));
    }

    /**
     * The form in which names are compared: NFKC (full-width letters and digits become ASCII),
     * without zero-width characters and no-break spaces anywhere (they are invisible in a
     * spreadsheet cell and come in with copied text), trimmed, lower-cased.
     */
    public static String normalise(String name) {
        StringBuilder visible = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isInvisible(c)) {
                visible.append(c);
            }
        }
        return Normalizer.normalize(visible, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isInvisible(char c) {
        return switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00A0', '\u2007', '\u202F' -> true;
            default -> false;
        };
    }

    /** Entries by every normalised name; a key wins over another entry's display name. */
    private static final class Index<T> {

        private final Map<String, T> byName = new HashMap<>();

        Index(List<T> entries, Function<T, String[]> names) {
            for (T entry : entries) {
                byName.put(normalise(names.apply(entry)[0]), entry);
            }
            for (T entry : entries) {
                String[] all = names.apply(entry);
                for (int i = 1; i < all.length; i++) {
                    byName.putIfAbsent(normalise(all[i]), entry);
                }
            }
        }

        Optional<T> find(String typed) {
            return Optional.ofNullable(byName.get(normalise(typed)));
        }

        /**
         * The entry one of whose names is fewest edits (Levenshtein) from {@code typed}; a name that
         * contains what was typed ({@code ケイ素} in {@code ケイ素（シリコン）}) counts as one edit away.
         */
        Optional<T> closest(String typed) {
            String wanted = normalise(typed);
            T best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Map.Entry<String, T> entry : byName.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                int distance = wanted.length() >= 2 && entry.getKey().contains(wanted) ? 1
                        : distance(wanted, entry.getKey());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = entry.getValue();
                }
            }
            return Optional.ofNullable(best);
        }
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character each. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
