package tenken.views.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes wrapped lines of text down A4 pages, starting a new page when one is full. Japanese has no
 * spaces to break at, so lines break at any character that would overflow.
 */
final class PdfText implements AutoCloseable {

    static final float MARGIN = 48;
    /** Shown for a character the font lacks; itself in the font. */
    private static final char FALLBACK = '・';

    private final PDDocument document;
    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final UnicodeMap unicodeMap = new UnicodeMap();
    private PDPageContentStream page;
    private float y;

    PdfText(PDDocument document, PDType0Font font) {
        this.document = document;
        this.font = font;
    }

    /** What each glyph shown so far reads as, for the font's ToUnicode map. */
    UnicodeMap unicodeMap() {
        return unicodeMap;
    }

    /** Writes {@code text} wrapped to the page width, indented by {@code indent}, then a small gap. */
    void paragraph(String text, float size, float indent, float gapAfter) {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
        for (String line : wrap(printable(text), size, width)) {
            float leading = size * 1.35f;
            if (page == null || y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            try {
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(MARGIN + indent, y);
                page.showText(line);
                page.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        y -= gapAfter;
    }

    /** A thin rule across the page, to set the outcome and each requirement apart. */
    void rule() {
        if (page == null || y - 6 < MARGIN) {
            newPage();
        }
        try {
            page.setLineWidth(0.5f);
            page.moveTo(MARGIN, y - 3);
            page.lineTo(PDRectangle.A4.getWidth() - MARGIN, y - 3);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 6;
    }

    /** Starts the next text on a new page. */
    void pageBreak() {
        newPage();
    }

    private void newPage() {
        closePage();
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        try {
            page = new PDPageContentStream(document, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void closePage() {
        if (page != null) {
            try {
                page.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            page = null;
        }
    }

    @Override
    public void close() {
        closePage();
    }

    private List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            int lastSpace = -1;
            for (int i = 0; i < paragraph.length(); ) {
                int codePoint = paragraph.codePointAt(i);
                line.appendCodePoint(codePoint);
                if (codePoint == ' ') {
                    lastSpace = line.length();
                }
                if (width(line, size) > width && line.length() > 1) {
                    // Latin words break at the last space; Japanese anywhere.
                    int cut = lastSpace > 0 && line.length() - lastSpace < 24 ? lastSpace : line.length() - Character.charCount(codePoint);
                    lines.add(line.substring(0, cut).stripTrailing());
                    line.delete(0, cut);
                    lastSpace = -1;
                }
                i += Character.charCount(codePoint);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(CharSequence text, float size) {
        try {
            return font.getStringWidth(text.toString()) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with characters the font lacks (✓ and the like) replaced by a middle dot. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int shown = Character.isISOControl(cp) && cp != '\n' ? ' ' : cp;
            boolean ok = shown == '\n' || printable.computeIfAbsent(shown, this::canShow);
            out.appendCodePoint(ok ? shown : FALLBACK);
        });
        return out.toString();
    }

    private boolean canShow(int codePoint) {
        try {
            byte[] code = font.encode(new String(Character.toChars(codePoint)));
            // Identity-H: the two bytes are the glyph's CID.
            unicodeMap.shown(codePoint, ((code[0] & 0xFF) << 8) | (code[1] & 0xFF));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
