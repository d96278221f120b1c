package tenken.app.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tenken.assets.Messages;
import tenken.store.model.Catalogue;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.model.Stage;

/**
 * Finds the materials, stages and consumers users type (key, Japanese or English name) and, for a name
 * it does not know, refuses it with the closest names it does know.
 */
final class CatalogueLookup {

    /** At most this many suggestions. */
    static final int SUGGESTIONS = 3;

    private final Catalogue catalogue;

    CatalogueLookup(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    Material material(String name) {
        return catalogue.findMaterial(name).orElseThrow(() -> {
            List<String> close = closest(name, catalogue.materials().stream()
                    .map(m -> new Named(m.name(Messages.language()) + " (" + m.key() + ")", m.key(), m.nameJa(),
                            m.nameEn()))
                    .toList());
            return new UserError(close.isEmpty() ? Messages.get("export.error.unknownMaterial", name)
                    : Messages.get("export.error.unknownMaterialSuggest", name, String.join(", ", close)));
        });
    }

    Stage stage(String name) {
        String wanted = name.strip();
        return catalogue.stages().stream()
                .filter(s -> s.key().equalsIgnoreCase(wanted) || s.nameJa().equals(wanted)
                        || s.nameEn().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new UserError(Messages.get("export.error.unknownStage", name,
                        String.join(", ", catalogue.stages().stream().map(Stage::key).toList()))));
    }

    /** An ISO3 code the catalogue knows, upper-cased: a country or {@code WLD} for world production. */
    String consumer(String code) {
        String iso3 = code.strip().toUpperCase(Locale.ROOT);
        Map<String, Country> countries = catalogue.countriesByIso3();
        Optional<Country> country = Optional.ofNullable(countries.get(iso3));
        if (country.isEmpty() || country.get().aggregate() && !Country.WORLD.equals(iso3)) {
            throw new UserError(Messages.get("export.error.unknownConsumer", code));
        }
        return iso3;
    }

    /** Something that can be suggested: what to show, and the names it goes by. */
    private record Named(String shown, String... names) {
    }

    private static List<String> closest(String typed, List<Named> candidates) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        record Scored(String shown, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Named candidate : candidates) {
            int best = Integer.MAX_VALUE;
            for (String name : candidate.names()) {
                String known = name.toLowerCase(Locale.ROOT);
                // A name typed in part ("gallium" for "gallium arsenide") is as close as a typo.
                int distance = known.contains(wanted) || (wanted.contains(known) && known.length() >= 2) ? 1
                        : distance(wanted, known);
                best = Math.min(best, distance);
            }
            if (best <= Math.max(2, wanted.length() / 3)) {
                scored.add(new Scored(candidate.shown(), best));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::shown))
                .limit(SUGGESTIONS).map(Scored::shown).toList();
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
