package tenken.views.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a line of text to fit a width: Japanese may break between any two characters; where the line
 * has a space or a list separator near its end, the break goes there instead, so that source names
 * stay whole.
 */
final class TextWrap {

    private static final String SEPARATORS = " ;；、，,";

    private TextWrap() {
    }

    static List<String> lines(String text, double size, double maxWidth) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty()) {
            int fits = fitting(rest, size, maxWidth);
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
        return lines;
    }

    /** How many leading characters fit, at least one so that the text always advances. */
    private static int fitting(String text, double size, double maxWidth) {
        if (JapaneseFont.width(text, size) <= maxWidth) {
            return text.length();
        }
        int low = 1;
        int high = text.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (JapaneseFont.width(text.substring(0, middle), size) <= maxWidth) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        // Never split a surrogate pair.
        return Character.isHighSurrogate(text.charAt(low - 1)) && low > 1 ? low - 1 : low;
    }
}
