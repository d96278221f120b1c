package tenken.views.picture;

import tenken.graph.format.Percent;
import java.util.ArrayList;
import java.util.List;
import tenken.assets.Messages;
import tenken.graph.concentration.Level;

/**
 * Lays {@link StrengthsChart} out, {@code width} picture units wide, as a {@link ChartPicture} (so that
 * the window, the files and the slides draw it with the chart painter): the title and subtitle, then per
 * item its heading, a bar of Japan's share coloured by level with the share and standing in a column right
 * of the plot, and
 * its detail lines; guides through the bars at 0 %, at the minimum listed, at the high threshold and at
 * 100 %; the footnote.
 * Bar length is proportional to the share: {@code length = share × plotWidth}, the plot spanning 0–100 %.
 */
public final class StrengthsPictureBuilder {

    private final PictureStyle style;

    public StrengthsPictureBuilder(PictureStyle style) {
        this.style = style;
    }

    public ChartPicture build(StrengthsChart chart, double width) {
        double font = style.fontSize();
        double small = style.smallFontSize();
        double margin = font;
        double valueWidth = chart.rows().stream().mapToDouble(r -> style.textWidth(r.value(), small)).max().orElse(0)
                + font;
        double plotX = margin;
        double plotWidth = Math.max(6 * font, width - 2 * margin - valueWidth - font * 0.5);
        double barHeight = font * 0.9;
        List<ChartPicture.Text> texts = new ArrayList<>();
        List<ChartPicture.Bar> bars = new ArrayList<>();
        List<ChartPicture.Line> lines = new ArrayList<>();
        List<LegendEntry> legend = legend(chart);

        double y = margin + style.titleFontSize();
        texts.add(text(margin, y, chart.title(), style.titleFontSize(), style.text(), true));
        double legendWidth = legend.stream().mapToDouble(e -> style.textWidth(e.label(), small)).max().orElse(0)
                + small * 6;
        double legendBottom = margin + legend.size() * small * 1.6 + small;
        for (String line : style.wrap(chart.subtitle(), small, Math.max(10 * font, width - 3 * margin - legendWidth))) {
            y += small * 1.4;
            texts.add(text(margin, y, line, small, style.subtleText(), false));
        }
        // The rows start below the legend, which sits at the top right, so that no bar runs under it.
        y = Math.max(y + font * 1.2, legendBottom);
        List<double[]> bands = new ArrayList<>();
        for (StrengthsChart.Row row : chart.rows()) {
            for (String line : style.wrap(row.heading(), font, width - 2 * margin)) {
                y += font * 1.35;
                texts.add(text(margin, y, line, font, style.text(), true));
            }
            double barY = y + font * 0.45;
            String fill = style.color(row.level());
            bars.add(new ChartPicture.Bar(plotX, barY, row.share() * plotWidth, barHeight, fill, fill,
                    style.nodeStrokeWidth(), false, row.tooltip()));
            // The value stands in its own column right of the plot, clear of the bars and the guides.
            texts.add(text(plotX + plotWidth + font * 0.5, barY + barHeight * 0.85, row.value(), small, style.text(),
                    false));
            bands.add(new double[] {barY - font * 0.2, barY + barHeight + font * 0.2});
            y = barY + barHeight;
            for (String detail : row.details()) {
                for (String line : style.wrap(detail, small, width - 2 * margin - font)) {
                    y += small * 1.4;
                    texts.add(text(margin + font, y, line, small, style.subtleText(), false));
                }
            }
            y += font * 0.6;
        }
        if (chart.rows().isEmpty()) {
            y += font * 1.4;
            texts.add(text(margin, y, Messages.get("strengths.none"), font, style.text(), false));
        }
        // Guides through each bar's band only, never across the texts: the axis at 0 %, the high threshold
        // dashed, the minimum listed dotted and 100 % faint, so that bars read against them.
        for (double[] band : bands) {
            lines.add(new ChartPicture.Line(plotX, band[0], plotX, band[1], style.subtleText(), 1, List.of()));
            lines.add(new ChartPicture.Line(plotX + chart.high() * plotWidth, band[0],
                    plotX + chart.high() * plotWidth, band[1], style.text(), 1.5, highDash()));
            if (Math.abs(chart.minimum() - chart.high()) > 1e-9) {
                lines.add(new ChartPicture.Line(plotX + chart.minimum() * plotWidth, band[0],
                        plotX + chart.minimum() * plotWidth, band[1], style.text(), 1.5, minimumDash()));
            }
            lines.add(new ChartPicture.Line(plotX + plotWidth, band[0], plotX + plotWidth, band[1],
                    style.subtleText(), 0.5, List.of(2.0, 3.0)));
        }
        y += font * 0.5;
        String footnote = Footnotes.of(chart.sources(), chart.vintage(), Messages.get("consumer.world"));
        for (String line : style.wrap(footnote, small, width - 2 * margin)) {
            y += small * 1.4;
            texts.add(text(margin, y, line, small, style.subtleText(), false));
        }
        y += margin;
        return new ChartPicture(chart.title(), chart.subtitle(), footnote, width, y, texts, bars, lines, legend, style);
    }

    private static ChartPicture.Text text(double x, double y, String text, double size, String color, boolean bold) {
        return new ChartPicture.Text(x, y, text, size, color, ChartPicture.Anchor.START, bold);
    }

    private List<Double> highDash() {
        return List.of(6.0, 3.0);
    }

    private List<Double> minimumDash() {
        return List.of(1.5, 2.0);
    }

    /** The level colours of the bars and the two guides. */
    private List<LegendEntry> legend(StrengthsChart chart) {
        List<LegendEntry> legend = new ArrayList<>();
        legend.add(new LegendEntry(LegendEntry.Symbol.BAR, Messages.get("strengths.legend.critical",
                Percent.of(chart.critical())), style.color(Level.CRITICAL), 0, List.of()));
        legend.add(new LegendEntry(LegendEntry.Symbol.BAR, Messages.get("strengths.legend.high",
                Percent.of(chart.high())), style.color(Level.HIGH), 0, List.of()));
        legend.add(new LegendEntry(LegendEntry.Symbol.BAR, Messages.get("strengths.legend.normal",
                Percent.of(chart.high())), style.color(Level.NORMAL), 0, List.of()));
        legend.add(new LegendEntry(LegendEntry.Symbol.LINE, Messages.get("strengths.legend.highLine",
                Percent.of(chart.high())), style.text(), 1.5, highDash()));
        if (Math.abs(chart.minimum() - chart.high()) > 1e-9) {
            legend.add(new LegendEntry(LegendEntry.Symbol.LINE, Messages.get("strengths.legend.minimumLine",
                    Percent.of(chart.minimum())), style.text(), 1.5, minimumDash()));
        }
        return legend;
    }
}
