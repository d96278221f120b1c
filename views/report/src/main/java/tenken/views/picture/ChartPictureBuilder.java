package tenken.views.picture;

import java.util.ArrayList;
import java.util.List;
import tenken.assets.Messages;
import tenken.graph.format.Percent;

/**
 * Lays a {@link DependencyChart} out as horizontal bars, {@code width} picture units wide: per stage a
 * heading (stage, year, source), then per supplier its name, a solid bar for the face-value share and,
 * below it, a hatched bar for the look-through exposure, each with its percentage. Bar length is
 * proportional to the share: {@code length = share × plotWidth}, the plot spanning 0–100 %.
 */
public final class ChartPictureBuilder {

    private final PictureStyle style;

    public ChartPictureBuilder(PictureStyle style) {
        this.style = style;
    }

    public ChartPicture build(DependencyChart chart, double width) {
        double font = style.fontSize();
        double small = style.smallFontSize();
        double margin = font;
        double labelWidth = labelColumnWidth(chart);
        double valueWidth = style.textWidth("100.0% → 100.0%", small) + font;
        double plotX = margin + labelWidth + font;
        double plotWidth = Math.max(4 * font, width - plotX - valueWidth - margin);
        double barHeight = font * 0.9;
        List<ChartPicture.Text> texts = new ArrayList<>();
        List<ChartPicture.Bar> bars = new ArrayList<>();
        List<ChartPicture.Line> lines = new ArrayList<>();
        // The title and the subtitle wrap left of the legend, which sits at the top right (issue 13: a long
        // title ran under it on the projector).
        double legendWidth = legend().stream().mapToDouble(e -> style.textWidth(e.label(), small)).max().orElse(0)
                + small * 6;
        double headingWidth = Math.max(10 * font, width - 3 * margin - legendWidth);
        double y = margin;
        for (String line : style.wrap(chart.title(), style.titleFontSize(), headingWidth)) {
            y += style.titleFontSize() * (y == margin ? 1 : 1.25);
            texts.add(new ChartPicture.Text(margin, y, line, style.titleFontSize(), style.text(),
                    ChartPicture.Anchor.START, true));
        }
        for (String line : style.wrap(chart.subtitle(), small, headingWidth)) {
            y += small * 1.4;
            texts.add(new ChartPicture.Text(margin, y, line, small, style.subtleText(), ChartPicture.Anchor.START, false));
        }
        y += font * 1.2;
        for (DependencyChart.Panel panel : chart.panels()) {
            // A heading longer than the chart is wide (an English one on a portrait page) wraps.
            y += font * 0.1;
            for (String line : style.wrap(panel.heading(), font, width - 2 * margin)) {
                y += font * 1.3;
                texts.add(new ChartPicture.Text(margin, y, line, font, style.text(), ChartPicture.Anchor.START, true));
            }
            // The source's title whole (a panel cites one source, so nothing competes for the line): wrapped,
            // never cut short.
            y += font * 1.3 - small * 1.3;
            for (String line : style.wrap(Messages.get("chart.panelSource", String.valueOf(panel.year()),
                    Footnotes.title(panel.source())), small, width - 2 * margin)) {
                y += small * 1.3;
                texts.add(new ChartPicture.Text(margin, y, line, small, style.subtleText(), ChartPicture.Anchor.START,
                        false));
            }
            // How the panel's figures were measured and published, beside them in every export.
            for (String line : panel.provenance().isBlank() ? java.util.List.<String>of()
                    : style.wrap(panel.provenance(), small, width - 2 * margin)) {
                y += small * 1.3;
                texts.add(new ChartPicture.Text(margin, y, line, small, style.subtleText(), ChartPicture.Anchor.START,
                        false));
            }
            y += font * 0.6;
            double top = y;
            for (DependencyChart.Row row : panel.rows()) {
                boolean both = row.lookThrough() != null;
                double rowHeight = both ? 2 * barHeight + font * 0.9 : barHeight + font * 0.8;
                double barY = y + font * 0.4;
                texts.add(new ChartPicture.Text(plotX - font * 0.5, barY + barHeight * 0.85, row.label(), font,
                        style.text(), ChartPicture.Anchor.END, false));
                String fill = style.color(row.level());
                bars.add(new ChartPicture.Bar(plotX, barY, row.faceValue() * plotWidth, barHeight, fill, fill,
                        style.nodeStrokeWidth(), false, row.tooltip()));
                String value = Percent.of(row.faceValue());
                if (both) {
                    double lookY = barY + barHeight + font * 0.15;
                    bars.add(new ChartPicture.Bar(plotX, lookY, row.lookThrough() * plotWidth, barHeight * 0.8,
                            style.background(), fill, style.nodeStrokeWidth(), true, row.tooltip()));
                    value = Messages.get("chart.faceAndLookThrough", value, Percent.of(row.lookThrough()));
                }
                double end = plotX + Math.max(row.faceValue(), both ? row.lookThrough() : 0) * plotWidth;
                texts.add(new ChartPicture.Text(end + font * 0.4, barY + barHeight * 0.85, value, small, style.text(),
                        ChartPicture.Anchor.START, false));
                y += rowHeight;
            }
            // The axis at 0 % and the thresholds as faint guides, so bars read against them.
            lines.add(new ChartPicture.Line(plotX, top, plotX, y, style.subtleText(), 1, List.of()));
            lines.add(new ChartPicture.Line(plotX + plotWidth, top, plotX + plotWidth, y, style.subtleText(), 0.5,
                    List.of(2.0, 3.0)));
        }
        y += font * 0.5;
        String footnote = Footnotes.of(chart.sources(), chart.vintage(), chart.consumer());
        for (String line : style.wrap(footnote, small, width - 2 * margin)) {
            y += small * 1.4;
            texts.add(new ChartPicture.Text(margin, y, line, small, style.subtleText(), ChartPicture.Anchor.START, false));
        }
        y += margin;
        return new ChartPicture(chart.title(), chart.subtitle(), footnote, width, y, texts, bars, lines, legend(), style);
    }

    private double labelColumnWidth(DependencyChart chart) {
        double widest = 4 * style.fontSize();
        for (DependencyChart.Panel panel : chart.panels()) {
            for (DependencyChart.Row row : panel.rows()) {
                widest = Math.max(widest, style.textWidth(row.label(), style.fontSize()));
            }
        }
        return widest;
    }

    private List<LegendEntry> legend() {
        return List.of(
                new LegendEntry(LegendEntry.Symbol.BAR, Messages.get("legend.faceValue"), style.normal(), 0, List.of()),
                new LegendEntry(LegendEntry.Symbol.HATCHED_BAR, Messages.get("legend.lookThrough"), style.normal(), 0,
                        List.of()));
    }
}
