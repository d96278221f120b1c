package tenken.views.export;

import java.util.function.DoubleFunction;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.PictureStyle;

/**
 * A chart that can be laid out at any width, as the window lays it out to its own: one picture at the
 * standard export width (PNG, SVG), or laid out to a page's width and cut into pages (PDF, slides). A
 * text that would run off the width, or under the legend, widens it: a window may clip, a page must not.
 *
 * @param style the style the chart is drawn in
 * @param builder the chart laid out at a width, in picture units
 */
public record ChartLayout(PictureStyle style, DoubleFunction<ChartPicture> builder) {

    /** A chart exported on its own is this many type sizes wide: a page's width at print size. */
    static final double STANDARD_WIDTH_EMS = 72;

    /** The chart at the standard export width for its style, or wider where a text needs it. */
    public ChartPicture standard() {
        return at(STANDARD_WIDTH_EMS * style.fontSize());
    }

    /** The chart {@code width} units wide, or wider where a text needs it. */
    ChartPicture at(double width) {
        ChartPicture laidOut = builder.apply(width);
        double needed = neededWidth(laidOut);
        return needed > laidOut.width() ? builder.apply(Math.ceil(needed)) : laidOut;
    }

    /** The width at which every left-aligned text ends before the margin, or before the legend beside it. */
    private static double neededWidth(ChartPicture chart) {
        PictureStyle style = chart.style();
        double margin = style.fontSize();
        LegendPainter legend = new LegendPainter(chart.legend(), style);
        double legendTop = style.fontSize();
        double legendBottom = legendTop + legend.height();
        double needed = 0;
        for (ChartPicture.Text text : chart.texts()) {
            if (text.anchor() != ChartPicture.Anchor.START) {
                continue;
            }
            double right = text.x() + JapaneseFont.width(text.text(), text.size());
            boolean besideLegend = text.y() >= legendTop && text.y() - text.size() <= legendBottom;
            needed = Math.max(needed, right + margin + (besideLegend ? legend.width() + margin : 0));
        }
        return needed;
    }
}
