package tenken.views.export;

import java.util.List;
import tenken.assets.Messages;
import tenken.views.picture.PictureStyle;

/**
 * What a page carries around its picture: above, the title and subtitle (when the picture does not
 * draw its own) with the handling marking boxed at the right; below, on a page that a picture cut into
 * pages continues after, a line saying so, then the footnote (sources and data vintage), wrapped to the
 * page, and the generation date.
 */
final class Frame {

    private final PictureStyle style;
    private final String title;
    private final String subtitle;
    private final String footnote;
    private final ExportStamp stamp;
    private final double margin;
    private final boolean continues;

    /**
     * {@code title}, {@code subtitle} and {@code footnote} may be null when the picture draws them itself;
     * {@code margin} is the page's, so that the frame's texts line up with the picture's.
     */
    Frame(PictureStyle style, String title, String subtitle, String footnote, ExportStamp stamp, double margin) {
        this(style, title, subtitle, footnote, stamp, margin, false);
    }

    /** With {@code continues}, the footer begins by saying that the picture goes on on the next page. */
    Frame(PictureStyle style, String title, String subtitle, String footnote, ExportStamp stamp, double margin,
            boolean continues) {
        this.continues = continues;
        this.style = style;
        this.title = blankToNull(title);
        this.subtitle = blankToNull(subtitle);
        this.footnote = blankToNull(footnote);
        this.stamp = stamp;
        this.margin = margin;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    double margin() {
        return margin;
    }

    /** The narrowest page on which the header's title and marking fit side by side. */
    double minimumWidth() {
        double titleWidth = title == null ? 0 : JapaneseFont.width(title, style.titleFontSize());
        double subtitleWidth = subtitle == null ? 0 : subtitle.lines()
                .mapToDouble(line -> JapaneseFont.width(line, style.smallFontSize())).max().orElse(0);
        double marking = stamp.classification().map(m -> markingWidth(m) + style.fontSize() * 2).orElse(0.0);
        return 2 * margin + Math.max(titleWidth, subtitleWidth) + marking;
    }

    /** The header's height on a page {@code width} wide, where a long subtitle wraps. */
    double headerHeight(double width) {
        double height = margin;
        if (title != null) {
            height += style.titleFontSize() * 1.3;
            height += subtitleLines(width).size() * style.smallFontSize() * 1.6;
            return height + style.fontSize();
        }
        return stamp.classification().isPresent() ? height + markingHeight() + style.fontSize() * 0.5 : 0;
    }

    void paintHeader(Surface surface, double width) {
        if (title != null) {
            double baseline = margin + style.titleFontSize();
            surface.text(margin, baseline, title, style.titleFontSize(), style.text(), true, Surface.Anchor.START, 1);
            for (String line : subtitleLines(width)) {
                baseline += style.smallFontSize() * 1.6;
                surface.text(margin, baseline, line, style.smallFontSize(), style.subtleText(), false,
                        Surface.Anchor.START, 1);
            }
        }
        stamp.classification().ifPresent(marking -> paintMarking(surface, marking, width - margin, margin));
    }

    /** The subtitle wrapped left of the marking. */
    private List<String> subtitleLines(double width) {
        if (subtitle == null) {
            return List.of();
        }
        double marking = stamp.classification().map(m -> markingWidth(m) + style.fontSize() * 2).orElse(0.0);
        return JapaneseFont.lines(subtitle, style.smallFontSize(), width - 2 * margin - marking);
    }

    double footerHeight(double width) {
        return footerLines(width).size() * lineHeight() + style.smallFontSize() * 0.6 + margin;
    }

    /** The footer with its first line's top at {@code top}. */
    void paintFooter(Surface surface, double width, double top) {
        double baseline = top + style.smallFontSize();
        for (String line : footerLines(width)) {
            surface.text(margin, baseline, line, style.smallFontSize(), style.subtleText(), false, Surface.Anchor.START,
                    1);
            baseline += lineHeight();
        }
    }

    private List<String> footerLines(double width) {
        List<String> lines = new java.util.ArrayList<>();
        if (continues) {
            lines.add(Messages.get("export.continued"));
        }
        if (footnote != null) {
            lines.addAll(JapaneseFont.lines(footnote, style.smallFontSize(), width - 2 * margin));
        }
        lines.add(Messages.get("export.generatedBy", stamp.generated().toString()));
        return lines;
    }

    double lineHeight() {
        return style.smallFontSize() * 1.45;
    }

    private double markingSize() {
        return style.fontSize() * 1.2;
    }

    private double markingWidth(String marking) {
        return JapaneseFont.width(marking, markingSize()) + markingSize();
    }

    private double markingHeight() {
        return markingSize() * 1.6;
    }

    /** The marking in a box whose top right corner is at ({@code right}, {@code top}). */
    private void paintMarking(Surface surface, String marking, double right, double top) {
        double width = markingWidth(marking);
        double height = markingHeight();
        surface.rect(right - width, top, width, height, style.background(), style.text(), style.nodeStrokeWidth() * 1.5,
                1);
        surface.text(right - width / 2, top + height / 2 + JapaneseFont.centreToBaseline(markingSize()), marking,
                markingSize(), style.text(), true, Surface.Anchor.MIDDLE, 1);
    }
}
