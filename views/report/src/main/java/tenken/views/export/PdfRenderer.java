package tenken.views.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import tenken.assets.Messages;

/**
 * Pictures as one PDF of A4 pages, each picture on as many pages as it needs to keep its type at 10 pt
 * or more ({@link Page#printed()}): vector drawing, IPAex Gothic embedded as a subset so that the text
 * shows on any reader and can be searched and copied.
 */
public final class PdfRenderer {

    private PdfRenderer() {
    }

    public static void write(List<Page> pages, OutputStream out) throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to write");
        }
        try (PDDocument document = new PDDocument()) {
            PdfSurface surface = new PdfSurface(document);
            for (Page page : pages) {
                for (Sheet sheet : page.printed()) {
                    sheet.paint(surface, page.style().background());
                }
            }
            Page first = pages.get(0);
            surface.describe(first.title(), first.footnote(), Messages.locale());
            surface.save(out);
        }
    }
}
