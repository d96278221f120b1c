package tenken.views.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import tenken.assets.Messages;

/**
 * Pages as one PDF, a page each: vector drawing, IPAex Gothic embedded as a subset so that the text
 * shows on any reader and can be searched and copied. One picture unit is one point, so the print
 * style's 10-unit labels print at 10 pt; a page larger than PDF's 200-inch limit is scaled down to it.
 */
public final class PdfRenderer {

    /** PDF viewers refuse pages larger than 14,400 points (200 inches) a side. */
    static final double MAX_PAGE_POINTS = 14_400;

    private PdfRenderer() {
    }

    public static void write(List<Page> pages, OutputStream out) throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to write");
        }
        try (PDDocument document = new PDDocument()) {
            PdfSurface surface = new PdfSurface(document);
            for (Page page : pages) {
                Sheet sheet = page.framed();
                surface.scale(Math.min(1, MAX_PAGE_POINTS / Math.max(sheet.width(), sheet.height())));
                sheet.paint(surface, page.style().background());
            }
            Page first = pages.get(0);
            surface.describe(first.title(), first.footnote(), Messages.locale());
            surface.save(out);
        }
    }
}
