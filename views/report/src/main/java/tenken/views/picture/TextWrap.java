package tenken.views.picture;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where text may end a line, and how full each line is, for everything Tenken lays out in lines: pictures,
 * pages and briefings ({@link #lines}) and the window's wrapped table cells ({@link #broken}, {@link #longest}).
 * The caller only says how wide a line is: the shipped font's advance for exports, an estimate for the
 * window's pictures, JavaFX's own metrics on screen.
 *
 * <p>A line may end where the JDK's {@link BreakIterator} finds a line-break opportunity (after a space or a
 * hyphen, between Japanese characters, never before a small kana), except
 * <ul>
 * <li>inside a word or number in Latin script, after anything but a hyphen before a letter: "e.g.", "98.4%"
 * and 2022-12-20 stay whole, and the 11 of 2023年11月 moves whole to the next line. A web address is a word
 * too, moved whole to the next line where it fits one, so that a reader can copy it from a page; only one
 * wider than the line also breaks, after its slashes ("https://pubs.usgs.gov/" / "periodicals/mcs2025/" /
 * "mcs2025-manganese.pdf"), and only a part between two slashes that is itself wider than the line also
 * after its other punctuation ("https://pubs.usgs." / "gov/"), never inside its "://";</li>
 * <li>before closing punctuation or after an opening bracket, as Japanese typesetting does (kinsoku):
 * 「ガリウム（製錬・精製）」 breaks before 製） rather than leave 「）」 alone on a line, and 「・」 never starts one.</li>
 * </ul>
 * Every line is as full as it can be. A piece between two opportunities that fits a line is never split
 * ("semiconducto-rs" reads as two words); one wider than a line is cut where the line ends, on a line of its
 * own unless that would leave the line before it no more than half full.
 */
public final class TextWrap {

    /** Closing brackets and punctuation, which never start a line (JIS X 4051's 行頭禁則, the common part). */
    private static final String NO_LINE_START = ")]}）］｝〕〉》」』】〙〗、。，．・：；？！ー々ゝゞヽヾ,.:;?!%";

    /** Opening brackets, which never end a line (行末禁則). */
    private static final String NO_LINE_END = "([{（［｛〔〈《「『【〘〖";

    /** The characters a line may end with inside a word: a hyphen, and in a web address its punctuation. */
    private static final String HYPHENS = "-‐–—";
    private static final String ADDRESS_PUNCTUATION = "/.:?&=#_-";

    /** A web address, with or without its scheme: "https://…", "www.…", "jacom.or.jp/…". */
    private static final Pattern WEB_ADDRESS = Pattern.compile("://|www\\.|[A-Za-z0-9-]+\\.[A-Za-z]{2,}/");

    /** A line break of the text's own. */
    private static final Pattern NEW_LINE = Pattern.compile("\\R");

    private TextWrap() {
    }

    /**
     * How wide {@code text} is in columns of one Latin character, a Japanese (East Asian) character taking two:
     * for budgets of text where no font is at hand, such as a spreadsheet's column widths or a footnote's length.
     */
    public static int columns(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); i++) {
            columns += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return columns;
    }

    /**
     * The lines of {@code text} to draw, none wider than {@code maxWidth} unless one character already is;
     * none for blank text, an empty line for each blank line within it. Each line break in the text starts a
     * new line; a line is drawn, and measured, without the spaces it ends with.
     */
    public static List<String> lines(String text, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        if (text.isBlank()) {
            return lines;
        }
        ToDoubleFunction<String> drawn = line -> width.applyAsDouble(line.stripTrailing());
        for (String paragraph : NEW_LINE.split(text.strip(), -1)) {
            String stripped = paragraph.strip();
            if (stripped.isEmpty()) {
                lines.add(stripped);
            }
            for (String line : fill(stripped, maxWidth, drawn)) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /**
     * {@code text} with a line break added wherever a line must end to fit {@code maxWidth}, for a text engine
     * that then lays it out as it is (JavaFX): a line keeps the space it ends with, and is measured with it,
     * as JavaFX measures it (else JavaFX would wrap the line again, before its last word). Only line breaks
     * are added, so that taking them out gives {@code text} back.
     */
    public static String broken(String text, double maxWidth, ToDoubleFunction<String> width) {
        if (text == null || text.isEmpty() || maxWidth <= 0) {
            return text;
        }
        StringBuilder broken = new StringBuilder(text.length() + 8);
        Matcher newLine = NEW_LINE.matcher(text);
        int start = 0;
        while (newLine.find()) {
            broken.append(String.join("\n", fill(text.substring(start, newLine.start()), maxWidth, width)))
                    .append(newLine.group());
            start = newLine.end();
        }
        return broken.append(String.join("\n", fill(text.substring(start), maxWidth, width))).toString();
    }

    /**
     * The width of the widest piece of {@code text} that no line may break, with the space it ends with: the
     * narrowest a column can be whose text {@link #broken} never cuts inside a piece.
     */
    public static double longest(String text, ToDoubleFunction<String> width) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        double longest = 0;
        for (String paragraph : NEW_LINE.split(text, -1)) {
            int[] ends = opportunities(paragraph, address -> true);
            for (int index = 0, start = 0; index < ends.length; start = ends[index++]) {
                longest = Math.max(longest, width.applyAsDouble(paragraph.substring(start, ends[index])));
            }
        }
        return longest;
    }

    /** {@code paragraph} (no line breaks of its own) in lines that fit: together exactly the paragraph. */
    private static List<String> fill(String paragraph, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        int[] ends = opportunities(paragraph, address -> width.applyAsDouble(address) > maxWidth);
        int start = 0;
        int next = 0;
        while (start < paragraph.length()) {
            int fits = fitting(paragraph, start, maxWidth, width);
            if (fits == paragraph.length()) {
                lines.add(paragraph.substring(start));
                break;
            }
            while (ends[next] <= start) {
                next++;
            }
            int end = fits;
            if (ends[next] <= fits) {
                int last = next;
                while (ends[last + 1] <= fits) {
                    last++;
                }
                // The piece that does not fit moves whole to the next line, unless it is wider than a line
                // and moving it would leave this line no more than half full.
                String following = paragraph.substring(ends[last], ends[last + 1]);
                boolean halfFull = width.applyAsDouble(paragraph.substring(start, ends[last])) > maxWidth / 2;
                if (width.applyAsDouble(following) <= maxWidth || halfFull) {
                    end = ends[last];
                }
            }
            lines.add(paragraph.substring(start, end));
            start = end;
        }
        return lines;
    }

    /**
     * Where a line of {@code text} may end, in order; the last is the text's end. A web address breaks only if
     * {@code breakable}: after every "/" of its path, and after every "." or "-" of a part between slashes that
     * is {@code breakable} too, also where the JDK finds no opportunity ("/" before a letter), so that
     * "mcs2025/" is never cut as "mcs2" / "025/".
     */
    private static int[] opportunities(String text, Predicate<String> breakable) {
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        SortedSet<Integer> ends = new TreeSet<>();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end == text.length() || allowed(text, end)) {
                ends.add(end);
            }
        }
        for (int at = 1; at < text.length(); at++) {
            if (inWord(text.charAt(at - 1)) && inWord(text.charAt(at)) && addressBreak(text, at, breakable)) {
                ends.add(at);
            }
        }
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether a line may end before {@code text}'s character at {@code at}, where the JDK finds an opportunity. */
    private static boolean allowed(String text, int at) {
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        if (!inWord(before) || !inWord(after)) {
            return true;
        }
        // Inside a word only a hyphen ends a line, but not one of a web address: an address's breaks are
        // the ones opportunities() adds ("mcs2025-" / "manganese.pdf" only when its part between slashes
        // does not fit a line).
        return HYPHENS.indexOf(before) >= 0 && !Character.isDigit(after) && !WEB_ADDRESS.matcher(word(text, at)).find();
    }

    /**
     * Whether a line may end inside a word of {@code text} before {@code at}, as in a web address that is
     * {@code breakable}: after a slash of its path; after its other punctuation only inside a part between two
     * slashes that is {@code breakable} too; never inside or right after "://" (the scheme stays with the
     * host) nor before a closing character.
     */
    private static boolean addressBreak(String text, int at, Predicate<String> breakable) {
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        boolean scheme = before == '/' && at >= 2 && text.charAt(at - 2) == '/';
        if (ADDRESS_PUNCTUATION.indexOf(before) < 0 || after == '/' || scheme || NO_LINE_START.indexOf(after) >= 0) {
            return false;
        }
        String word = word(text, at);
        if (!WEB_ADDRESS.matcher(word).find() || !breakable.test(word)) {
            return false;
        }
        return pathSlash(text, at - 1) || breakable.test(segment(text, at));
    }

    /** Whether {@code text}'s character at {@code index} is a slash between parts of a path, not one of "://". */
    private static boolean pathSlash(String text, int index) {
        return text.charAt(index) == '/' && (index + 1 >= text.length() || text.charAt(index + 1) != '/')
                && (index == 0 || text.charAt(index - 1) != '/');
    }

    /**
     * The part of the web address around {@code text}'s position {@code at} between two slashes of its path,
     * with the slash it ends with: "https://pubs.usgs.gov/", "periodicals/", "mcs2025-manganese.pdf".
     */
    private static String segment(String text, int at) {
        int start = at - 1;
        while (start > 0 && inWord(text.charAt(start - 1)) && !pathSlash(text, start - 1)) {
            start--;
        }
        int end = at;
        while (end < text.length() && inWord(text.charAt(end))) {
            end++;
            if (pathSlash(text, end - 1)) {
                break;
            }
        }
        return text.substring(start, end);
    }

    /** Part of a word or number in Latin script: neither a space nor a character of the CJK blocks and beyond. */
    private static boolean inWord(char c) {
        return c < 0x2E80 && !Character.isWhitespace(c);
    }

    /** The word in Latin script around {@code text}'s position {@code at}. */
    private static String word(String text, int at) {
        int start = at;
        while (start > 0 && inWord(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && inWord(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** How many characters of {@code text} fit from {@code start} on, at least one so that the text always advances. */
    private static int fitting(String text, int start, double maxWidth, ToDoubleFunction<String> width) {
        if (width.applyAsDouble(text.substring(start)) <= maxWidth) {
            return text.length();
        }
        int low = start + 1;
        int high = text.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (width.applyAsDouble(text.substring(start, middle)) <= maxWidth) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        // Never split a surrogate pair.
        if (Character.isHighSurrogate(text.charAt(low - 1))) {
            return low > start + 1 ? low - 1 : low + 1;
        }
        return low;
    }
}
