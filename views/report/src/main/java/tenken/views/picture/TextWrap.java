package tenken.views.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines that fit a width, for every picture, page and briefing Tenken draws: each line
 * break in the text starts a new line; Japanese may break between any two characters, but a word or number
 * in Latin script ("Commodity", "98.4%", the 11 of 2023年11月) moves whole to the next line, unless that
 * would leave the line less than half full. The caller says how wide a piece of text is: the shipped
 * font's advance for exports, an estimate for the window's pictures.
 */
public final class TextWrap {

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
                cut = wordStart > fits / 2 ? wordStart : fits;
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
