package tenken.views.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tenken.assets.Fonts;
import tenken.views.picture.TextWrap;

/**
 * The shipped IPAex Gothic as a Java2D font, made from the TrueType file rather than looked up by name,
 * so that raster exports have Japanese glyphs on a machine with no Japanese font installed. It also
 * measures text for the page layout, the same for every format.
 */
final class JapaneseFont {

    /** Stands in for a character the font lacks, rather than an empty box. */
    static final char REPLACEMENT = '?';
    private static final java.util.Map<Integer, Integer> LOOK_ALIKES = java.util.Map.of(
            (int) '≥', (int) '≧',
            (int) '≤', (int) '≦');

    private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);
    private static final Font BASE = load();
    private static final double CENTRE_TO_BASELINE = centreToBaselineRatio();
    private static final java.awt.font.LineMetrics METRICS = BASE.deriveFont(100f).getLineMetrics("国Ag", MEASURING);

    private JapaneseFont() {
    }

    private static Font load() {
        try (InputStream in = Fonts.japaneseTrueType()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(Fonts.JAPANESE_TTF + " is not a TrueType font", e);
        }
    }

    private static double centreToBaselineRatio() {
        java.awt.font.LineMetrics metrics = BASE.deriveFont(100f).getLineMetrics("国A", MEASURING);
        return (metrics.getAscent() - metrics.getDescent()) / 2 / 100;
    }

    /** The font at {@code size}; IPAex has no bold face, so bold is Java2D's emboldened regular. */
    static Font at(double size, boolean bold) {
        return BASE.deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) size);
    }

    /** The advance width of {@code text} at {@code size}, in the same units as the size. */
    static double width(String text, double size) {
        return at(size, false).getStringBounds(text, MEASURING).getWidth();
    }

    /** {@code text} broken into lines no wider than {@code maxWidth} at {@code size} (see {@link TextWrap}). */
    static List<String> lines(String text, double size, double maxWidth) {
        return TextWrap.lines(text, maxWidth, line -> width(line, size));
    }

    /**
     * How far below a line's vertical centre its baseline lies, at {@code size}: the window centres
     * labels on nodes (JavaFX {@code VPos.CENTER}), while every export surface places text by baseline.
     */
    static double centreToBaseline(double size) {
        return CENTRE_TO_BASELINE * size;
    }

    /** How far the font's glyphs reach above the baseline at {@code size}. */
    static double ascent(double size) {
        return METRICS.getAscent() / 100 * size;
    }

    /** How far the font's glyphs reach below the baseline at {@code size}. */
    static double descent(double size) {
        return METRICS.getDescent() / 100 * size;
    }

    /**
     * {@code text} as the font can show it on one line, for every export format and the briefing: a control
     * character (a tab, a stray line break) becomes a space; a character the font lacks becomes its JIS
     * look-alike where there is one (the legends' ≥ and ≤ are not in IPAex, ≧ and ≦ are), else
     * {@link #REPLACEMENT}. The window falls back to another installed font instead; an embedded PDF font
     * cannot.
     */
    static String displayable(String text) {
        if (BASE.canDisplayUpTo(text) < 0 && text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int shown = Character.isISOControl(c) ? ' '
                    : BASE.canDisplay(c) ? c : LOOK_ALIKES.getOrDefault(c, (int) REPLACEMENT);
            result.appendCodePoint(shown);
        });
        return result.toString();
    }
}
