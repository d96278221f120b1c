package tenken.views.briefing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The ToUnicode map of the embedded font, built from the characters the briefing actually shows.
 *
 * <p>IPAex Gothic draws some kanji and their CJK radical forms with one glyph (民 and ⺠, 生 and ⽣).
 * PDFBox maps such a glyph back to its lowest code point, the radical, so extracted or copied text
 * would read 「国⺠の⽣存」 and no search for 国民 would find it. This map sends each glyph to the
 * character that was written.
 */
final class UnicodeMap {

    /** CJK Radicals Supplement and Kangxi Radicals: never the intended reading when a kanji shares the glyph. */
    private static final int RADICALS_FIRST = 0x2E80;
    private static final int RADICALS_LAST = 0x2FDF;
    /** A CMap's bfchar block holds at most 100 entries. */
    private static final int BLOCK = 100;

    private final Map<Integer, Integer> unicodeByCid = new TreeMap<>();

    /** Notes that {@code codePoint} was shown with the glyph (CID) {@code cid}. */
    void shown(int codePoint, int cid) {
        unicodeByCid.merge(cid, codePoint, (known, added) -> isRadical(known) ? added : known);
    }

    /** Replaces the font's ToUnicode map; call after the document is saved once, so the subset exists. */
    void applyTo(PDType0Font font, PDDocument document) throws IOException {
        PDStream stream = new PDStream(document, new ByteArrayInputStream(cmap().getBytes(StandardCharsets.US_ASCII)),
                COSName.FLATE_DECODE);
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }

    private String cmap() {
        StringBuilder out = new StringBuilder();
        out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = unicodeByCid.entrySet().stream().toList();
        for (int start = 0; start < entries.size(); start += BLOCK) {
            var block = entries.subList(start, Math.min(entries.size(), start + BLOCK));
            out.append(block.size()).append(" beginbfchar\n");
            for (var entry : block) {
                out.append(String.format("<%04X> <", entry.getKey()));
                for (char c : Character.toChars(entry.getValue())) {
                    out.append(String.format("%04X", (int) c));
                }
                out.append(">\n");
            }
            out.append("endbfchar\n");
        }
        out.append("endcmap\nCMapName currentdict /CMapName defineresource pop\nend\nend\n");
        return out.toString();
    }

    private static boolean isRadical(int codePoint) {
        return codePoint >= RADICALS_FIRST && codePoint <= RADICALS_LAST;
    }
}
