package tenken.views.workbench;

import java.text.BreakIterator;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Where a wrapped table cell may end a line: at the line-break opportunities of the JDK's {@link BreakIterator}
 * (after a space or a hyphen, between Japanese characters but not before 「。」 and the like, after the "/" or
 * "." of a web address), never inside an English word. JavaFX's own wrapping breaks text without Japanese in
 * it at spaces only, and cuts a longer word wherever the line ends ("Intermediat" / "e"); a cell that breaks
 * its lines here, and is at least as wide as its {@link #longest longest unbreakable piece}, never does.
 * On the FX thread, where cells are laid out.
 */
final class LineBreaks {

    private static final Text PROBE = new Text();

    private LineBreaks() {
    }

    /**
     * {@code text} with a line break after each opportunity where the next piece would no longer fit in
     * {@code width} in {@code font}: every line as full as it can be. A line keeps the space it ends with,
     * and is measured with it, as JavaFX measures it (a line whose last space overflows would be wrapped again,
     * before its last word). A piece wider than {@code width} gets a line of its own. Only line breaks are
     * added, so that taking them out gives {@code text} back.
     */
    static String broken(String text, Font font, double width) {
        if (text == null || text.isEmpty() || width <= 0) {
            return text;
        }
        BreakIterator opportunities = BreakIterator.getLineInstance();
        opportunities.setText(text);
        StringBuilder lines = new StringBuilder(text.length() + 8);
        int start = 0;
        int fits = 0;
        for (int end = opportunities.next(); end != BreakIterator.DONE; end = opportunities.next()) {
            if (fits > start && text.charAt(fits - 1) == '\n') {
                // A line break of the text's own.
                lines.append(text, start, fits);
                start = fits;
            } else if (fits > start && width(text.substring(start, end), font) > width) {
                lines.append(text, start, fits).append('\n');
                start = fits;
            }
            fits = end;
        }
        return lines.append(text, start, text.length()).toString();
    }

    /** The width of the widest piece of {@code text} that no line may break, with the space it ends with. */
    static double longest(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        BreakIterator opportunities = BreakIterator.getLineInstance();
        opportunities.setText(text);
        double longest = 0;
        int start = opportunities.first();
        for (int end = opportunities.next(); end != BreakIterator.DONE; start = end, end = opportunities.next()) {
            longest = Math.max(longest, width(text.substring(start, end), font));
        }
        return longest;
    }

    /** The width of {@code text} on one line. */
    static double width(String text, Font font) {
        if (text.isEmpty()) {
            return 0;
        }
        PROBE.setText(text);
        PROBE.setFont(font);
        return PROBE.getLayoutBounds().getWidth();
    }
}
