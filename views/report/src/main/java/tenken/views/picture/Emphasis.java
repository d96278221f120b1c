package tenken.views.picture;

import java.util.Set;

/**
 * What a picture brings forward: with a non-empty {@code shown} set, only those nodes (and edges
 * between them) are drawn at full strength and everything else is dimmed; {@code cut} countries carry
 * the cut marker. Used for a focused neighbourhood and for the part of the graph a scenario affects.
 */
public record Emphasis(Set<String> shown, Set<String> cut) {

    public static final Emphasis NONE = new Emphasis(Set.of(), Set.of());

    public Emphasis {
        shown = Set.copyOf(shown);
        cut = Set.copyOf(cut);
    }

    boolean dims(String id) {
        return !shown.isEmpty() && !shown.contains(id);
    }
}
