package tenken.views.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines that fit a width, for every picture, page and briefing Tenken draws: each line
 * break in the text starts a new line; Japanese may break between any two characters, but a word or number
 * in Latin script ("Commodity", "98.4%", the 11 of 2023年11月) moves whole to the next line, unless it is
 * longer than a line and moving it would leave the line less than half full (a word that fits a line is never
 * split: "semiconducto-rs" reads as two words). As Japanese typesetting does (kinsoku), a line neither starts with
 * closing punctuation nor ends with an opening bracket: 「ガリウム（製錬・精製）」 breaks before 製） rather
 * than leave 「）」 alone on a line, again unless that would leave the line less than half full. The caller says
 * how wide a piece of text is: the shipped
 * font's advance for exports, an estimate for the window's pictures.
 */
public final class TextWrap {

    /** Closing brackets and punctuation, which never start a line (JIS X 4051's 行頭禁則, the common part). */
    private static final String NO_LINE_START = ")]}）］｝〕〉》」』】〙〗、。，．・：；？！ー々ゝゞヽヾ,.:;?!%";

    /** Opening brackets, which never end a line (行末禁則). */
    private static final String NO_LINE_END = "([{（［｛〔〈《「『【〘〖";

    private TextWrap() {
    }

    /**
     * The lines of {@code text}, none wider than {@code maxWidth} unless one character already is; none for
     * blank text, an empty line for each blank line within it.
     */
    public static List<String> lines(String text, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        if (text.isBlank()) {
            return lines;
        }
        for (String paragraph : text.strip().split("\\R")) {
            wrap(paragraph.strip(), maxWidth, width, lines);
        }
        return lines;
    }

    private static void wrap(String paragraph, double maxWidth, ToDoubleFunction<String> width, List<String> lines) {
        String rest = paragraph;
        if (rest.isEmpty()) {
            lines.add(rest);
        }
        while (!rest.isEmpty()) {
            int fits = fitting(rest, maxWidth, width);
            if (fits >= rest.length()) {
                lines.add(rest);
                break;
            }
            int cut = fits;
            if (inWord(rest.charAt(fits - 1)) && inWord(rest.charAt(fits))) {
                int wordStart = fits;
                while (wordStart > 0 && inWord(rest.charAt(wordStart - 1))) {
                    wordStart--;
                }
                int wordEnd = fits;
                while (wordEnd < rest.length() && inWord(rest.charAt(wordEnd))) {
                    wordEnd++;
                }
                boolean wordFitsALine = width.applyAsDouble(rest.substring(wordStart, wordEnd)) <= maxWidth;
                cut = wordStart > 0 && wordFitsALine || wordStart > fits / 2 ? wordStart : fits;
            } else {
                int kinsoku = fits;
                while (kinsoku > 1 && (NO_LINE_START.indexOf(rest.charAt(kinsoku)) >= 0
                        || NO_LINE_END.indexOf(rest.charAt(kinsoku - 1)) >= 0)) {
                    kinsoku--;
                }
                cut = kinsoku > fits / 2 ? kinsoku : fits;
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
    }

    /** Part of a word or number in Latin script: neither a space nor a character of the CJK blocks and beyond. */
    private static boolean inWord(char c) {
        return c < 0x2E80 && !Character.isWhitespace(c);
    }

    /** How many leading characters fit, at least one so that the text always advances. */
    private static int fitting(String text, double maxWidth, ToDoubleFunction<String> width) {
        if (width.applyAsDouble(text) <= maxWidth) {
            return text.length();
        }
        int low = 1;
        int high = text.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (width.applyAsDouble(text.substring(0, middle)) <= maxWidth) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        // Never split a surrogate pair.
        if (Character.isHighSurrogate(text.charAt(low - 1))) {
            return low > 1 ? low - 1 : low + 1;
        }
        return low;
    }
}
