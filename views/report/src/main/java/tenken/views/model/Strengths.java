package tenken.views.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tenken.assets.Messages;
import tenken.graph.concentration.JapanLeverage;
import tenken.graph.concentration.Leverage;
import tenken.graph.concentration.Thresholds;
import tenken.views.common.AnalysisSnapshot;
import tenken.graph.format.Percent;
import tenken.views.picture.StrengthsChart;

/**
 * Japan's strengths in the catalogue as analysed: the items of whose world supply Japan holds at least
 * {@code minimum} (the engine's {@link JapanLeverage}), ranked by share, how many a lower minimum would
 * add, and the picture of them in the session language.
 */
public record Strengths(List<Leverage> items, double minimum, Thresholds thresholds, int below) {

    public Strengths {
        items = List.copyOf(items);
    }

    public static Strengths of(AnalysisSnapshot analysis, double minimum) {
        JapanLeverage leverage = new JapanLeverage(analysis.data(), analysis.thresholds());
        return new Strengths(leverage.atLeast(minimum), minimum, analysis.thresholds(), leverage.countBelow(minimum));
    }

    /** The picture: a row per item, in the session language. */
    public StrengthsChart chart(StrengthsText text) {
        List<StrengthsChart.Row> rows = new ArrayList<>();
        Set<String> sources = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        int position = 0;
        for (Leverage l : items) {
            List<String> details = new ArrayList<>();
            text.leakage(l).ifPresent(details::add);
            text.basis(l).ifPresent(details::add);
            details.add(text.dependents(l));
            rows.add(new StrengthsChart.Row(Messages.get("strengths.heading", ++position, text.item(l),
                    l.isLeakageMaterial() ? Messages.get("strengths.leakageMark") : ""), l.share(), l.level(),
                    Messages.get("strengths.value", Percent.of(l.share()), text.standing(l)), details, text.tooltip(l)));
            sources.add(l.source());
            years.add(l.year());
        }
        String vintage = years.isEmpty() ? Messages.get("common.notGiven")
                : years.size() == 1 ? String.valueOf(years.iterator().next())
                : Messages.get("common.yearRange", String.valueOf(years.first()),
                        String.valueOf(years.last()));
        return new StrengthsChart(Messages.get("strengths.title"),
                Messages.get("strengths.subtitle", Percent.of(minimum)), rows, minimum, thresholds.high(),
                thresholds.critical(), vintage, List.copyOf(sources));
    }
}
