package tenken.views.picture;

import java.util.List;
import tenken.graph.concentration.Level;

/**
 * What the picture of Japan's strengths is drawn from: the items ranked by Japan's share of world
 * supply, each with its bar, its standing and the lines that say what the figure measures and who depends
 * on Japan, and the thresholds drawn as guides. Texts are already in the session language.
 *
 * @param minimum the smallest share listed, drawn as a guide
 * @param high the stored high threshold, drawn as a guide
 */
public record StrengthsChart(String title, String subtitle, List<Row> rows, double minimum, double high,
        double critical, String vintage, List<String> sources) {

    public StrengthsChart {
        rows = List.copyOf(rows);
        sources = List.copyOf(sources);
    }

    /**
     * One item: its heading (position, item, technology-leakage mark), Japan's share and level, the text
     * beside the bar, the detail lines under it and the tooltip.
     */
    public record Row(String heading, double share, Level level, String value, List<String> details, String tooltip) {
        public Row {
            details = List.copyOf(details);
        }
    }
}
