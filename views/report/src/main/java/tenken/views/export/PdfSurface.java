package tenken.views.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import tenken.assets.Fonts;
import tenken.assets.Messages;

/**
 * Draws PDF pages with PDFBox, for the picture exports and the briefing alike: shapes as vector paths, text
 * in IPAex Gothic embedded as a subset (a Type 0 font with a ToUnicode map, so the text can be searched and
 * copied). One unit is one point; a flip at the start of each page lets everything be drawn with y pointing
 * down, as in the picture model.
 *
 * <p>PDFBox writes the ToUnicode map itself. IPAex draws some kanji and their radical forms with one glyph
 * (生 and ⽣, 長 and ⻑, 見 and ⾒, 日 and ⽇); PDFBox 3.0.3 mapped such a glyph to its lowest code
 * point, the radical, so that a search for 国民 found nothing and Tenken kept its own map; 3.0.8
 * maps each glyph to the character that was shown, and the tests that read the text back hold it to that.
 */
final class PdfSurface implements Surface {

    /** Kappa: control point distance for a quarter circle drawn as one cubic Bézier. */
    private static final double KAPPA = 0.5522847498;
    /** Stroke width of synthetic bold, as a fraction of the type size (IPAex has no bold face). */
    private static final float BOLD_STROKE = 0.035f;
    /**
     * FontBox warns on stderr that IPAex's variation-selector cmap (format 14) is unused; Tenken sets no
     * variation sequences. Held here so that the setting is not collected with the logger.
     */
    private static final Logger FONTBOX_LOG = Logger.getLogger("org.apache.fontbox");

    static {
        FONTBOX_LOG.setLevel(Level.SEVERE);
    }

    private final PDDocument document;
    private final TrueTypeFont trueType;
    private final PDType0Font font;
    private final Map<Float, PDExtendedGraphicsState> alphas = new HashMap<>();
    private PDPageContentStream content;
    private float currentAlpha = 1;
    /** The graphics state last set, so that 20,000 edges of a few colours do not each set it again. */
    private int currentFill = -1;
    private int currentStroke = -1;
    private float currentWidth = -1;
    private List<Double> currentDash;

    PdfSurface(PDDocument document) {
        this.document = document;
        try (InputStream in = Fonts.japaneseTrueType()) {
            trueType = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // Without its substitution table: PDFBox would run IPAex's Latin ligature rules over every
            // label (slow, and a ligature glyph has no text behind it), and Tenken sets no vertical text.
            trueType.getTableMap().remove(GlyphSubstitutionTable.TAG);
            this.font = PDType0Font.load(document, trueType, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page; the previous one, if any, is finished. */
    @Override
    public void begin(double width, double height, String background) {
        finish();
        PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
            forgetState();
            content.transform(new Matrix(1, 0, 0, -1, 0, (float) height));
            if (background != null) {
                rect(0, 0, width, height, background, null, 0, 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void rect(double x, double y, double width, double height, String fill, String stroke, double strokeWidth,
            double opacity) {
        draw(fill, stroke, strokeWidth, List.of(), opacity,
                () -> content.addRect((float) x, (float) y, (float) width, (float) height));
    }

    @Override
    public void roundRect(double x, double y, double width, double height, double radius, String fill,
            String stroke, double strokeWidth, double opacity) {
        double r = Math.min(radius, Math.min(width, height) / 2);
        double k = r * KAPPA;
        double right = x + width;
        double bottom = y + height;
        draw(fill, stroke, strokeWidth, List.of(), opacity, () -> {
            move(x + r, y);
            lineTo(right - r, y);
            curveTo(right - r + k, y, right, y + r - k, right, y + r);
            lineTo(right, bottom - r);
            curveTo(right, bottom - r + k, right - r + k, bottom, right - r, bottom);
            lineTo(x + r, bottom);
            curveTo(x + r - k, bottom, x, bottom - r + k, x, bottom - r);
            lineTo(x, y + r);
            curveTo(x, y + r - k, x + r - k, y, x + r, y);
            content.closePath();
        });
    }

    @Override
    public void ellipse(double x, double y, double width, double height, String fill, String stroke,
            double strokeWidth, double opacity) {
        double rx = width / 2;
        double ry = height / 2;
        double cx = x + rx;
        double cy = y + ry;
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        draw(fill, stroke, strokeWidth, List.of(), opacity, () -> {
            move(cx + rx, cy);
            curveTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
            curveTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
            curveTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
            curveTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
            content.closePath();
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, List<Double> dash,
            double opacity) {
        draw(null, stroke, width, dash, opacity, () -> {
            move(x1, y1);
            lineTo(x2, y2);
        });
    }

    @Override
    public void curve(double[] xs, double[] ys, String stroke, double width, List<Double> dash, double opacity) {
        draw(null, stroke, width, dash, opacity, () -> {
            move(xs[0], ys[0]);
            curveTo(xs[1], ys[1], xs[2], ys[2], xs[3], ys[3]);
        });
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill, double opacity) {
        draw(fill, null, 0, List.of(), opacity, () -> {
            move(xs[0], ys[0]);
            for (int i = 1; i < xs.length; i++) {
                lineTo(xs[i], ys[i]);
            }
            content.closePath();
        });
    }

    @Override
    public void text(double x, double y, String text, double size, String color, boolean bold, Anchor anchor,
            double opacity) {
        String shown = JapaneseFont.displayable(text);
        if (shown.isEmpty()) {
            return;
        }
        try {
            double width = anchor == Anchor.START ? 0 : font.getStringWidth(shown) / 1000 * size;
            double left = switch (anchor) {
                case START -> x;
                case MIDDLE -> x - width / 2;
                case END -> x - width;
            };
            alpha(opacity);
            int rgb = Rgb.of(color);
            fillColour(rgb);
            content.beginText();
            content.setFont(font, (float) size);
            if (bold) {
                strokeColour(rgb);
                lineWidth((float) (size * BOLD_STROKE));
                content.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            // Flipped back, or the glyphs would stand on their heads in the y-down page.
            content.setTextMatrix(new Matrix(1, 0, 0, -1, (float) left, (float) y));
            content.showText(shown);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        try {
            content.saveGraphicsState();
            content.addRect((float) x, (float) y, (float) width, (float) height);
            content.clip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Restores the state saved before the clip, which also undoes the colours, width, dash and alpha set since. */
    @Override
    public void endClip() {
        try {
            content.restoreGraphicsState();
            forgetState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks the graphics state unknown, so that the next primitive sets what it needs. */
    private void forgetState() {
        currentAlpha = -1;
        currentFill = -1;
        currentStroke = -1;
        currentWidth = -1;
        currentDash = null;
    }

    @Override
    public void beginGroup(String tooltip) {
        // PDF annotations per node would make a 2,000-node page sluggish in every viewer; none are written.
    }

    @Override
    public void endGroup() {
    }

    /** The document's properties as a reader shows them; {@code subject} may be null. */
    void describe(String title, String subject, Locale language) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setSubject(subject);
        information.setCreator(Messages.format(language, "export.creator"));
        information.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage(language.getLanguage());
    }

    /** Saves the document, which subsets the font. */
    void save(OutputStream out) throws IOException {
        finish();
        try {
            document.save(out);
        } finally {
            trueType.close();
        }
    }

    /** Closes the current page's content stream. */
    private void finish() {
        if (content == null) {
            return;
        }
        try {
            content.close();
            content = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface PathBuilder {
        void build() throws IOException;
    }

    private void draw(String fill, String stroke, double strokeWidth, List<Double> dash, double opacity,
            PathBuilder path) {
        boolean fills = fill != null;
        boolean strokes = stroke != null && strokeWidth > 0;
        if (!fills && !strokes) {
            return;
        }
        try {
            alpha(opacity);
            if (fills) {
                fillColour(Rgb.of(fill));
            }
            if (strokes) {
                strokeColour(Rgb.of(stroke));
                lineWidth((float) strokeWidth);
                dash(dash);
            }
            path.build();
            if (fills && strokes) {
                content.fillAndStroke();
            } else if (fills) {
                content.fill();
            } else {
                content.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fillColour(int rgb) throws IOException {
        if (rgb != currentFill) {
            content.setNonStrokingColor(Rgb.red(rgb), Rgb.green(rgb), Rgb.blue(rgb));
            currentFill = rgb;
        }
    }

    private void strokeColour(int rgb) throws IOException {
        if (rgb != currentStroke) {
            content.setStrokingColor(Rgb.red(rgb), Rgb.green(rgb), Rgb.blue(rgb));
            currentStroke = rgb;
        }
    }

    private void lineWidth(float width) throws IOException {
        if (width != currentWidth) {
            content.setLineWidth(width);
            currentWidth = width;
        }
    }

    private void dash(List<Double> dash) throws IOException {
        if (!dash.equals(currentDash)) {
            float[] pattern = new float[dash.size()];
            for (int i = 0; i < pattern.length; i++) {
                pattern[i] = dash.get(i).floatValue();
            }
            content.setLineDashPattern(pattern, 0);
            currentDash = dash;
        }
    }

    private void alpha(double opacity) throws IOException {
        float value = (float) Math.max(0, Math.min(1, opacity));
        if (value == currentAlpha) {
            return;
        }
        PDExtendedGraphicsState state = alphas.computeIfAbsent(value, a -> {
            PDExtendedGraphicsState created = new PDExtendedGraphicsState();
            created.setStrokingAlphaConstant(a);
            created.setNonStrokingAlphaConstant(a);
            return created;
        });
        content.setGraphicsStateParameters(state);
        currentAlpha = value;
    }

    private void move(double x, double y) throws IOException {
        content.moveTo((float) x, (float) y);
    }

    private void lineTo(double x, double y) throws IOException {
        content.lineTo((float) x, (float) y);
    }

    private void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) throws IOException {
        content.curveTo((float) x1, (float) y1, (float) x2, (float) y2, (float) x3, (float) y3);
    }
}
