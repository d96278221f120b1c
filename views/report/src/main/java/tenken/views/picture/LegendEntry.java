package tenken.views.picture;

import java.util.List;

/** One line of a legend: a sample (a line of the given width and dash, a node, or a marker) and its text. */
public record LegendEntry(Symbol symbol, String label, String color, double width, List<Double> dash) {

    public LegendEntry {
        dash = List.copyOf(dash);
    }

    public enum Symbol {
        LINE,
        COUNTRY,
        ITEM,
        CHOKEPOINT,
        CUT,
        BAR,
        HATCHED_BAR
    }
}
