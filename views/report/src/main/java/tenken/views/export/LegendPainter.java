package tenken.views.export;

import java.util.List;
import tenken.views.picture.LegendEntry;
import tenken.views.picture.PictureStyle;

/**
 * The legend box (samples left, labels right, a thin frame) at any position: beside the graph on a page,
 * at the top right of a chart, and on screen over the window's graph. Sized by the shipped font's real
 * advances, so that the frame fits its labels in every format.
 */
public final class LegendPainter {

    private final List<LegendEntry> legend;
    private final PictureStyle style;
    private final double font;
    private final double sample;
    private final double line;
    private final double width;
    private final double height;

    public LegendPainter(List<LegendEntry> legend, PictureStyle style) {
        this.legend = legend;
        this.style = style;
        this.font = style.smallFontSize();
        this.sample = font * 3;
        this.line = font * 1.6;
        double widest = legend.stream().mapToDouble(e -> JapaneseFont.width(e.label(), font)).max().orElse(0);
        this.width = legend.isEmpty() ? 0 : sample + widest + font * 2.2;
        this.height = legend.isEmpty() ? 0 : legend.size() * line + font;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Draws the box with its top left corner at ({@code x}, {@code top}). */
    public void paint(Surface surface, double x, double top) {
        if (legend.isEmpty()) {
            return;
        }
        surface.rect(x, top, width, height, style.background(), null, 0, 0.92);
        surface.rect(x, top, width, height, null, style.subtleText(), 1, 1);
        double y = top + font * 0.5 + line / 2;
        double baseline = JapaneseFont.centreToBaseline(font);
        for (LegendEntry entry : legend) {
            double sx = x + font * 0.6;
            paintSample(surface, entry, sx, y);
            surface.text(sx + sample + font * 0.6, y + baseline, entry.label(), font, style.text(), false,
                    Surface.Anchor.START, 1);
            y += line;
        }
    }

    /** One entry's sample (line, node or marker), as in the box: its left end at x, centred on y. */
    public void paintSample(Surface surface, LegendEntry entry, double x, double y) {
        double r = font * 0.55;
        double cx = x + sample / 2;
        switch (entry.symbol()) {
            case LINE -> surface.line(x, y, x + sample, y, entry.color(), entry.width(), entry.dash(), 1);
            case COUNTRY -> surface.ellipse(cx - r, y - r, 2 * r, 2 * r, entry.color(), style.nodeStroke(),
                    style.nodeStrokeWidth(), 1);
            case ITEM, BAR, HATCHED_BAR -> {
                boolean hatched = entry.symbol() == LegendEntry.Symbol.HATCHED_BAR;
                String fill = hatched ? style.background() : entry.color();
                String stroke = entry.symbol() == LegendEntry.Symbol.ITEM ? style.nodeStroke() : entry.color();
                surface.roundRect(x, y - r, sample, 2 * r, r / 2, fill, null, 0, 1);
                if (hatched) {
                    Hatching.draw(surface, x, y - r, sample, 2 * r, entry.color(), style.nodeStrokeWidth(), 1);
                }
                surface.roundRect(x, y - r, sample, 2 * r, r / 2, null, stroke, style.nodeStrokeWidth(), 1);
            }
            case CHOKEPOINT -> {
                double s = r * 2.2;
                surface.polygon(new double[] {cx, cx - s / 2, cx + s / 2},
                        new double[] {y - s * 0.6, y + s * 0.4, y + s * 0.4}, entry.color(), 1);
            }
            case CUT -> {
                surface.line(cx - r, y - r, cx + r, y + r, entry.color(), style.nodeStrokeWidth() * 2, List.of(), 1);
                surface.line(cx - r, y + r, cx + r, y - r, entry.color(), style.nodeStrokeWidth() * 2, List.of(), 1);
            }
        }
    }
}
