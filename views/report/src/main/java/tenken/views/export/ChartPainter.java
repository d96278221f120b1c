package tenken.views.export;

import java.util.List;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.PictureStyle;

/**
 * Draws a chart picture for every format and for the window's canvas: guides, bars (look-through ones
 * hatched), texts, and the legend at the top right. Without headings, the chart's own title, subtitle,
 * footnote and legend are left out (a page cut from the chart shows them around each part) and the chart
 * is cropped to what remains. The window draws the whole chart, headings included, but only what meets
 * the band its scroll pane shows.
 */
public final class ChartPainter {

    private final ChartPicture chart;
    private final PictureStyle style;
    private final boolean headings;
    private final LegendPainter legend;
    private final double top;
    private final double bottom;

    /** The whole chart, headings included, as the window shows it. */
    public ChartPainter(ChartPicture chart) {
        this(chart, true);
    }

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

    /** All of the chart (cropped, without headings), in chart coordinates. */
    Viewport whole() {
        return new Viewport(0, top, chart.width(), bottom);
    }

    /** The legend, which a chart without headings leaves to the page around it. */
    LegendPainter legend() {
        return legend;
    }

    /** All of the chart, its (cropped) top left corner at ({@code left}, {@code pageTop}). */
    void paint(Surface surface, double left, double pageTop) {
        paint(surface, left, pageTop - top, Viewport.ALL, null);
    }

    /**
     * The rows in {@code part} (chart coordinates), the part's top left corner at ({@code left},
     * {@code pageTop}) and nothing drawn outside it: one page of a chart cut into pages.
     */
    void paintPart(Surface surface, Viewport part, double left, double pageTop) {
        surface.clip(left, pageTop, part.maxX() - part.minX(), part.maxY() - part.minY());
        paint(surface, left - part.minX(), pageTop - part.minY(), part, null);
        surface.endClip();
    }

    /**
     * The vertical extents a cut between pages must not pass through, in chart coordinates, as
     * {@code [top, bottom]}: each text's line, each bar, and each panel's heading (a bold text) down to its
     * first bar, so that a heading never ends a page without a row below it.
     */
    List<double[]> rows() {
        List<double[]> rows = new java.util.ArrayList<>();
        for (ChartPicture.Text text : shownTexts()) {
            rows.add(new double[] {textTop(text), textBottom(text)});
            if (text.bold()) {
                chart.bars().stream().filter(bar -> bar.y() > text.y()).mapToDouble(bar -> bar.y() + bar.height())
                        .min().ifPresent(firstBar -> rows.add(new double[] {textTop(text), firstBar}));
            }
        }
        for (ChartPicture.Bar bar : chart.bars()) {
            rows.add(new double[] {bar.y() - bar.strokeWidth(), bar.y() + bar.height() + bar.strokeWidth()});
        }
        return rows;
    }

    private static double textTop(ChartPicture.Text text) {
        return text.y() - JapaneseFont.ascent(text.size());
    }

    private static double textBottom(ChartPicture.Text text) {
        return text.y() + JapaneseFont.descent(text.size());
    }

    /**
     * What meets {@code viewport}, in chart coordinates; the bar {@code highlighted} (or null) outlined in
     * the focus colour at three times its stroke width.
     */
    public void paint(Surface surface, Viewport viewport, ChartPicture.Bar highlighted) {
        paint(surface, 0, 0, viewport, highlighted);
    }

    private void paint(Surface surface, double dx, double dy, Viewport viewport, ChartPicture.Bar highlighted) {
        for (ChartPicture.Line line : chart.lines()) {
            double reach = line.width() / 2;
            if (viewport.intersects(Math.min(line.x1(), line.x2()) - reach, Math.min(line.y1(), line.y2()) - reach,
                    Math.max(line.x1(), line.x2()) + reach, Math.max(line.y1(), line.y2()) + reach)) {
                surface.line(line.x1() + dx, line.y1() + dy, line.x2() + dx, line.y2() + dy, line.color(),
                        line.width(), line.dash(), 1);
            }
        }
        for (ChartPicture.Bar bar : chart.bars()) {
            // At least one unit wide, as its outline: a share near zero still shows.
            double width = Math.max(bar.width(), 1);
            if (viewport.intersects(bar.x(), bar.y(), bar.x() + width, bar.y() + bar.height())) {
                bar(surface, bar, dx, dy, bar.equals(highlighted));
            }
        }
        for (ChartPicture.Text text : shownTexts()) {
            // Checked by its line only: how far a text runs sideways is not known without measuring it.
            if (viewport.intersects(Double.NEGATIVE_INFINITY, textTop(text), Double.POSITIVE_INFINITY,
                    textBottom(text))) {
                surface.text(text.x() + dx, text.y() + dy, text.text(), text.size(), text.color(), text.bold(),
                        text.anchor() == ChartPicture.Anchor.END ? Surface.Anchor.END : Surface.Anchor.START, 1);
            }
        }
        double legendLeft = chart.width() - style.fontSize() - legend.width();
        double legendTop = style.fontSize();
        if (headings && viewport.intersects(legendLeft, legendTop, legendLeft + legend.width(),
                legendTop + legend.height())) {
            legend.paint(surface, legendLeft + dx, legendTop + dy);
        }
    }

    private void bar(Surface surface, ChartPicture.Bar bar, double dx, double dy, boolean highlighted) {
        double x = bar.x() + dx;
        double y = bar.y() + dy;
        surface.beginGroup(bar.tooltip());
        surface.rect(x, y, bar.width(), bar.height(), bar.fill(), null, 0, 1);
        if (bar.hatched()) {
            Hatching.draw(surface, x, y, bar.width(), bar.height(), bar.stroke(), bar.strokeWidth(), 1);
        }
        surface.rect(x, y, Math.max(bar.width(), 1), bar.height(), null, highlighted ? style.focus() : bar.stroke(),
                highlighted ? bar.strokeWidth() * 3 : bar.strokeWidth(), 1);
        surface.endGroup();
    }

    /**
     * The texts drawn: without headings, all but the title, the subtitle and the footnote. The chart
     * builder wraps the title, the subtitle and the footnote into lines, placed first and at the very end;
     * the lines are recognised there by spelling out their paragraph.
     */
    private List<ChartPicture.Text> shownTexts() {
        List<ChartPicture.Text> texts = chart.texts();
        if (headings) {
            return texts;
        }
        // The title may be wrapped into lines too, left of the legend.
        int first = leadingLines(texts, chart.title());
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
        double y = Double.POSITIVE_INFINITY;
        for (ChartPicture.Text text : shownTexts()) {
            y = Math.min(y, textTop(text));
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
        double y = Double.NEGATIVE_INFINITY;
        for (ChartPicture.Text text : shownTexts()) {
            y = Math.max(y, textBottom(text));
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
