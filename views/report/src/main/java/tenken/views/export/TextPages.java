package tenken.views.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Paragraphs of text flowed down A4 pages, for a document that is text rather than a picture (the
 * briefing). The text is laid out first, so that a caller can see how many pages it takes before anything
 * is written, then drawn on the PDF surface of the picture exports: the same embedded font, wrapping and
 * missing-glyph policy. One unit is one point, y pointing down from the top of the page.
 */
public final class TextPages {

    /** The margin on every side of the page. */
    private static final double MARGIN = 48;
    private static final double PAGE_WIDTH = PDRectangle.A4.getWidth();
    private static final double PAGE_HEIGHT = PDRectangle.A4.getHeight();
    /** The distance between baselines, as a multiple of the type size. */
    private static final double LEADING = 1.35;
    /** The height a rule takes; the rule is drawn across its middle. */
    private static final double RULE_HEIGHT = 6;
    private static final double RULE_WIDTH = 0.5;
    private static final String INK = "#000000";

    /** What each page draws, in order. */
    private final List<List<Consumer<Surface>>> pages = new ArrayList<>();
    /** How far down the current page the text has come. */
    private double depth;

    /**
     * {@code text} wrapped to the page width less {@code indent}, then a gap of {@code gapAfter}. Each line
     * break in the text starts a new line; a blank paragraph is an empty line.
     */
    public void paragraph(String text, double size, double indent, double gapAfter) {
        double leading = size * LEADING;
        List<String> lines = text.isBlank() ? List.of("")
                : JapaneseFont.lines(text, size, PAGE_WIDTH - 2 * MARGIN - indent);
        for (String line : lines) {
            room(leading);
            depth += leading;
            double baseline = depth;
            draw(surface -> surface.text(MARGIN + indent, baseline, line, size, INK, false, Surface.Anchor.START, 1));
        }
        depth += gapAfter;
    }

    /** A thin rule across the page, to set sections apart. */
    public void rule() {
        room(RULE_HEIGHT);
        double y = depth + RULE_HEIGHT / 2;
        draw(surface -> surface.line(MARGIN, y, PAGE_WIDTH - MARGIN, y, INK, RULE_WIDTH, List.of(), 1));
        depth += RULE_HEIGHT;
    }

    /** Starts what follows on a new page. */
    public void pageBreak() {
        pages.add(new ArrayList<>());
        depth = MARGIN;
    }

    /** How many pages the text so far takes. */
    public int count() {
        return pages.size();
    }

    /** Writes the pages as a PDF with {@code title} and {@code language} in its document properties. */
    public void writePdf(String title, Locale language, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfSurface surface = new PdfSurface(document);
            for (List<Consumer<Surface>> page : pages) {
                surface.begin(PAGE_WIDTH, PAGE_HEIGHT, null);
                page.forEach(mark -> mark.accept(surface));
            }
            surface.describe(title, null, language);
            surface.save(out);
        }
    }

    /** Starts a new page unless {@code height} more fits above the bottom margin of this one. */
    private void room(double height) {
        if (pages.isEmpty() || depth + height > PAGE_HEIGHT - MARGIN) {
            pageBreak();
        }
    }

    private void draw(Consumer<Surface> mark) {
        pages.get(pages.size() - 1).add(mark);
    }
}
