package tenken.views.picture;

import java.util.List;
import tenken.graph.concentration.Level;

/**
 * How a picture looks: colours ({@code #rrggbb}), type sizes and line weights. The level colours are
 * from the Okabe–Ito palette, which stays distinct for the common colour-vision deficiencies, and each
 * level also has its own dash, so that nothing depends on colour alone.
 *
 * <p>Edge width is proportional to the share it stands for:
 * {@code width = edgeMinWidth + share × (edgeMaxWidth − edgeMinWidth)}.
 *
 * <p>With {@code shortMarks}, a box marks what world production stands in for with a sign after its name
 * instead of a line of words below it, and the subtitle explains the sign in words: at 24 px on a projector
 * that line cost the graph room it needed to show an item with the inputs that explain its loss.
 */
public record PictureStyle(
        String name,
        String background,
        String text,
        String subtleText,
        String countryFill,
        String itemFill,
        String nodeStroke,
        double nodeStrokeWidth,
        double fontSize,
        double titleFontSize,
        double smallFontSize,
        double countryDiameter,
        double itemHeight,
        double edgeMinWidth,
        double edgeMaxWidth,
        String critical,
        String high,
        String normal,
        String insufficient,
        String inputEdge,
        String chokepoint,
        String focus,
        double dimOpacity,
        boolean shortMarks) {

    /** Okabe–Ito: vermillion, orange, blue, sky blue, reddish purple, bluish green. */
    static final String VERMILLION = "#d55e00";
    static final String ORANGE = "#e69f00";
    static final String BLUE = "#0072b2";
    static final String SKY_BLUE = "#56b4e9";
    static final String REDDISH_PURPLE = "#cc79a7";
    static final String BLUISH_GREEN = "#009e73";
    static final String YELLOW = "#f0e442";

    /** The workbench in the light theme. */
    public static final PictureStyle NORMAL = new PictureStyle("normal", "#ffffff", "#1f2328", "#59636e",
            "#dbeafe", "#f6f8fa", "#59636e", 1.2, 13, 18, 11, 16, 28, 0.8, 9,
            VERMILLION, ORANGE, BLUE, "#8c959f", "#6e7781", REDDISH_PURPLE, BLUISH_GREEN, 0.12, false);

    /** The workbench in the dark theme. */
    public static final PictureStyle DARK = new PictureStyle("dark", "#0d1117", "#e6edf3", "#9198a1",
            "#1f3a5f", "#161b22", "#9198a1", 1.2, 13, 18, 11, 16, 28, 0.8, 9,
            VERMILLION, ORANGE, SKY_BLUE, "#6e7681", "#8b949e", REDDISH_PURPLE, BLUISH_GREEN, 0.15, false);

    /**
     * Workshops on a projector: black ground, white type of at least 24 px at 1920×1080, thick lines,
     * large nodes to click. Yellow replaces orange for "high": on black it is the brighter of the two.
     * Short marks: every line of a box is worth a node at this size.
     */
    public static final PictureStyle PROJECTOR = new PictureStyle("projector", "#000000", "#ffffff", "#e0e0e0",
            "#003a70", "#1a1a1a", "#ffffff", 2.5, 24, 32, 24, 34, 48, 2, 16,
            VERMILLION, YELLOW, SKY_BLUE, "#bdbdbd", "#d0d0d0", REDDISH_PURPLE, BLUISH_GREEN, 0.2, true);

    /**
     * Paper and slides: white ground, black type, lines that survive greyscale printing. One unit prints as
     * one point: labels at 11 pt, small text (legends, sources) at 10 pt, the least that stays readable on
     * A4 and on a projected 16:9 slide.
     */
    public static final PictureStyle PRINT = new PictureStyle("print", "#ffffff", "#000000", "#333333",
            "#e8e8e8", "#ffffff", "#000000", 1, 11, 15, 10, 16, 22, 0.6, 7,
            VERMILLION, ORANGE, BLUE, "#7f7f7f", "#555555", REDDISH_PURPLE, BLUISH_GREEN, 0.15, false);

    public static final List<PictureStyle> ALL = List.of(NORMAL, DARK, PROJECTOR, PRINT);

    /** The distance between the baselines of an item label's lines (page labels wrap; see {@code GraphPager}). */
    public double lineHeight() {
        return fontSize * 1.25;
    }

    /**
     * The widest line of an item's label: a longer name wraps, whole words kept ({@link #wrap}). At 30 em a
     * box and the layout's gap of 10 em to the next column take 40 em, 440 pt of the 562 pt that an A4 portrait
     * page leaves a printed picture at 11 pt, so that a page cut between columns finds a gap beside every
     * column; every Japanese name of the catalogue (the longest 29.6 em) still fits on one line.
     */
    public double itemLabelWidth() {
        return fontSize * 30;
    }

    /** The colour of a level. */
    public String color(Level level) {
        return switch (level) {
            case CRITICAL -> critical;
            case HIGH -> high;
            case NORMAL -> normal;
            case INSUFFICIENT -> insufficient;
        };
    }

    /** The dash of a level, in multiples of the line width's base: critical and normal solid, high dashed, insufficient dotted. */
    public List<Double> dash(Level level) {
        double unit = Math.max(1, edgeMinWidth) * 4;
        return switch (level) {
            case CRITICAL, NORMAL -> List.of();
            case HIGH -> List.of(3 * unit, 1.5 * unit);
            case INSUFFICIENT -> List.of(0.6 * unit, 1.2 * unit);
        };
    }

    /** Width for a share (0..1): proportional to the share, with a floor so small shares stay visible. */
    public double edgeWidth(double share) {
        double clamped = Math.max(0, Math.min(1, share));
        return edgeMinWidth + clamped * (edgeMaxWidth - edgeMinWidth);
    }

    /**
     * The width a label takes, estimated without a font engine: CJK characters are about one em wide,
     * Latin letters about 0.6 em. Pictures size their boxes with this so that exports agree with the screen.
     */
    public double textWidth(String label, double size) {
        return widthOf(label, size);
    }

    private static double widthOf(String label, double size) {
        double ems = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            ems += c >= 0x2E80 ? 1.0 : (Character.isUpperCase(c) ? 0.68 : 0.56);
        }
        return ems * size;
    }

    /** Breaks {@code text} into lines no wider than {@code width} by {@link #textWidth} (see {@link TextWrap}). */
    public List<String> wrap(String text, double size, double width) {
        return TextWrap.lines(text, width, line -> textWidth(line, size));
    }
}
