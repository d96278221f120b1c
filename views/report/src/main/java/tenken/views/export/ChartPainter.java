package tenken.views.export;

import java.util.List;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.PictureStyle;

/**
 * Draws a chart picture as the window does: guides, bars (look-through ones hatched), texts, and the
 * legend at the top right. Without headings, the chart's own title, subtitle and footnote are left out
 * (a slide shows them as its own text) and the page is cropped to what remains.
 */
final class ChartPainter {

    private final ChartPicture chart;
    private final PictureStyle style;
    private final boolean headings;
    private final LegendPainter legend;
    private final double top;
    private final double bottom;

    ChartPainter(ChartPicture chart, boolean headings) {
        this.chart = chart;
        this.style = chart.style();
        this.headings = headings;
        this.legend = new LegendPainter(chart.legend(), style);
        if (headings) {
            top = 0;
            bottom = chart.height();
        } else {
            double margin = style.fontSize();
            top = Math.max(0, contentTop() - margin);
            bottom = Math.min(chart.height(), contentBottom() + margin);
        }
    }

    double width() {
        return chart.width();
    }

    double height() {
        return bottom - top;
    }

    void paint(Surface surface, double left, double pageTop) {
        double dx = left;
        double dy = pageTop - top;
        for (ChartPicture.Line line : chart.lines()) {
            surface.line(line.x1() + dx, line.y1() + dy, line.x2() + dx, line.y2() + dy, line.color(), line.width(),
                    line.dash(), 1);
        }
        for (ChartPicture.Bar bar : chart.bars()) {
            double x = bar.x() + dx;
            double y = bar.y() + dy;
            surface.beginGroup(bar.tooltip());
            surface.rect(x, y, bar.width(), bar.height(), bar.fill(), null, 0, 1);
            if (bar.hatched()) {
                Hatching.draw(surface, x, y, bar.width(), bar.height(), bar.stroke(), bar.strokeWidth(), 1);
            }
            // At least one unit wide, as in the window: a share near zero still shows its outline.
            surface.rect(x, y, Math.max(bar.width(), 1), bar.height(), null, bar.stroke(), bar.strokeWidth(), 1);
            surface.endGroup();
        }
        for (ChartPicture.Text text : shownTexts()) {
            surface.text(text.x() + dx, text.y() + dy, text.text(), text.size(), text.color(), text.bold(),
                    text.anchor() == ChartPicture.Anchor.END ? Surface.Anchor.END : Surface.Anchor.START, 1);
        }
        double right = chart.width() - style.fontSize();
        legend.paint(surface, right - legend.width() + dx, style.fontSize() + dy);
    }

    /**
     * The texts drawn: without headings, all but the title, the subtitle and the footnote. The chart
     * builder wraps the subtitle and the footnote into lines, placed right after the title and at the very
     * end; the lines are recognised there by spelling out their paragraph.
     */
    private List<ChartPicture.Text> shownTexts() {
        List<ChartPicture.Text> texts = chart.texts();
        if (headings) {
            return texts;
        }
        int first = 0;
        if (first < texts.size() && texts.get(first).text().equals(chart.title())) {
            first++;
        }
        first += leadingLines(texts.subList(first, texts.size()), chart.subtitle());
        int last = texts.size() - trailingLines(texts.subList(first, texts.size()), chart.footnote());
        return texts.subList(first, last);
    }

    /** How many texts at the start of {@code texts} spell out {@code paragraph}, or 0 when they do not. */
    private static int leadingLines(List<ChartPicture.Text> texts, String paragraph) {
        String rest = compact(paragraph);
        int count = 0;
        while (!rest.isEmpty() && count < texts.size() && rest.startsWith(compact(texts.get(count).text()))
                && !compact(texts.get(count).text()).isEmpty()) {
            rest = rest.substring(compact(texts.get(count).text()).length());
            count++;
        }
        return rest.isEmpty() ? count : 0;
    }

    /** How many texts at the end of {@code texts} spell out {@code paragraph}, or 0 when they do not. */
    private static int trailingLines(List<ChartPicture.Text> texts, String paragraph) {
        String rest = compact(paragraph);
        int count = 0;
        while (!rest.isEmpty() && count < texts.size()) {
            String line = compact(texts.get(texts.size() - 1 - count).text());
            if (line.isEmpty() || !rest.endsWith(line)) {
                break;
            }
            rest = rest.substring(0, rest.length() - line.length());
            count++;
        }
        return rest.isEmpty() ? count : 0;
    }

    /** Without white space, which wrapping drops at the breaks. */
    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    private double contentTop() {
        double y = style.fontSize();
        for (ChartPicture.Text text : shownTexts()) {
            y = Math.min(y, text.y() - text.size());
        }
        for (ChartPicture.Bar bar : chart.bars()) {
            y = Math.min(y, bar.y());
        }
        for (ChartPicture.Line line : chart.lines()) {
            y = Math.min(y, Math.min(line.y1(), line.y2()));
        }
        return y;
    }

    private double contentBottom() {
        double y = style.fontSize() + legend.height();
        for (ChartPicture.Text text : shownTexts()) {
            y = Math.max(y, text.y() + text.size() * 0.3);
        }
        for (ChartPicture.Bar bar : chart.bars()) {
            y = Math.max(y, bar.y() + bar.height());
        }
        for (ChartPicture.Line line : chart.lines()) {
            y = Math.max(y, Math.max(line.y1(), line.y2()));
        }
        return y;
    }
}
