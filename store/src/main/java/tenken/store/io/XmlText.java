package tenken.store.io;

/**
 * The one rule for text that goes into an XML file Tenken writes (GraphML, GEXF, SVG, the XML parts
 * of PPTX and XLSX): characters XML 1.0 forbids are dropped, since no escape can carry them and a
 * parser refuses the whole file for one (U+000B, the soft line break Word puts into copied text, is
 * the usual one). Allowed are tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and the
 * supplementary planes as whole surrogate pairs (XML 1.0, section 2.2, production [2] Char).
 */
public final class XmlText {

    private XmlText() {
    }

    /** {@code text} without the characters XML 1.0 forbids; the same string when it has none. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && allowedAt(text, i)) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length()).append(text, 0, i);
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (allowedAt(text, i)) {
                cleaned.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return cleaned.toString();
    }

    private static boolean allowedAt(String text, int index) {
        int c = text.codePointAt(index);
        return c == 0x9 || c == 0xA || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
