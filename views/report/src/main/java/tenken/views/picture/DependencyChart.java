package tenken.views.picture;

import java.util.List;
import tenken.graph.concentration.Level;

/**
 * What a dependency chart is drawn from: for one material or item and one consumer, a panel per stage
 * with the suppliers' shares at face value and, where the analysis gives it, the look-through exposure
 * (the share that ultimately depends on the country through the inputs). Texts are already in the
 * session language.
 */
public record DependencyChart(String title, String subtitle, List<Panel> panels, String consumer, String vintage,
        List<String> sources) {

    public DependencyChart {
        panels = List.copyOf(panels);
        sources = List.copyOf(sources);
    }

    /** One stage of one item: its year and source, and its suppliers largest first. */
    public record Panel(String heading, int year, String source, String provenance, List<Row> rows) {
        public Panel {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One supplier: its face-value share, its look-through exposure (null when not computed), the
     * level of its face value and the tooltip (figure, source, year).
     */
    public record Row(String label, String iso3, double faceValue, Double lookThrough, Level level, String tooltip) {
    }
}
