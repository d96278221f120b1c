package tenken.views.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text behind each glyph of the embedded font, as it was written. PDFBox 3.0.3 builds the font's
 * ToUnicode map from the font's own cmap, taking the lowest code point of a glyph: where a kanji and a
 * Kangxi radical share one (日 U+65E5 and ⽇ U+2F47 in IPAex), copied or searched text gets the radical,
 * and a search for 日本 finds nothing. This map records the characters actually shown and replaces
 * PDFBox's after subsetting.
 */
final class ToUnicodeMap {

    private static final int ENTRIES_PER_BLOCK = 100;

    private final PDType0Font font;
    private final Map<Integer, Integer> codePointOfCid = new TreeMap<>();
    private final Map<Integer, Integer> cidOfCodePoint = new java.util.HashMap<>();

    ToUnicodeMap(PDType0Font font) {
        this.font = font;
    }

    /** Notes the characters of {@code text}, which the font can show. */
    void record(String text) throws IOException {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!cidOfCodePoint.containsKey(codePoint)) {
                byte[] code = font.encode(new String(Character.toChars(codePoint)));
                int cid = ((code[0] & 0xff) << 8) | (code[1] & 0xff);
                cidOfCodePoint.put(codePoint, cid);
                // When both a kanji and its radical were shown, the kanji is what a reader searches for.
                codePointOfCid.merge(cid, codePoint, (kept, other) -> isRadical(kept) ? other : kept);
            }
        }
    }

    /**
     * Saves the document once (which subsets the font and writes PDFBox's map), puts this map in its
     * place, and saves to {@code out}.
     */
    void save(PDDocument document, OutputStream out) throws IOException {
        document.save(OutputStream.nullOutputStream());
        PDStream stream = new PDStream(document);
        try (OutputStream cmap = stream.createOutputStream(COSName.FLATE_DECODE)) {
            cmap.write(cmap().getBytes(StandardCharsets.US_ASCII));
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
        document.save(out);
    }

    private String cmap() {
        StringBuilder text = new StringBuilder(64 + 24 * codePointOfCid.size());
        text.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        Integer[] cids = codePointOfCid.keySet().toArray(Integer[]::new);
        for (int start = 0; start < cids.length; start += ENTRIES_PER_BLOCK) {
            int end = Math.min(cids.length, start + ENTRIES_PER_BLOCK);
            text.append(end - start).append(" beginbfchar\n");
            for (int i = start; i < end; i++) {
                text.append('<').append(String.format("%04X", cids[i])).append("> <");
                for (char unit : Character.toChars(codePointOfCid.get(cids[i]))) {
                    text.append(String.format("%04X", (int) unit));
                }
                text.append(">\n");
            }
            text.append("endbfchar\n");
        }
        return text.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }

    /** Kangxi radicals and the CJK radicals supplement: look-alikes of kanji, never meant in Tenken's text. */
    private static boolean isRadical(int codePoint) {
        return codePoint >= 0x2E80 && codePoint <= 0x2FDF;
    }
}
