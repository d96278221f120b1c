package tenken.views.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines that fit a width, for every picture, page and briefing Tenken draws: each line
 * break in the text starts a new line; Japanese may break between any two characters; where the line has a
 * space or a list separator in its second half, the break goes there instead, so that words and source
 * names stay whole. The caller says how wide a piece of text is: the shipped font's advance for exports,
 * an estimate for the window's pictures.
 */
public final class TextWrap {

    private static final String SEPARATORS = " ;；、，,";

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
            for (int i = fits; i > fits / 2; i--) {
                if (SEPARATORS.indexOf(rest.charAt(i - 1)) >= 0) {
                    cut = i;
                    break;
                }
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
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
