package tenken.views.export;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import tenken.assets.Messages;
import tenken.views.picture.PictureStyle;
import tenken.store.io.XmlText;

/**
 * Pictures as a 16:9 PowerPoint deck, a slide each, or several where a picture does not fit one at 10 pt
 * ({@link Pagination}): the title in the slide's title placeholder (so it shows in the outline), with
 * "(i/n)" on a picture's several slides, the subtitle, the picture's part with its legend as a PNG at
 * twice the resolution it is shown at, and below it "continued" where the next slide goes on, the
 * footnote (sources and data vintage) and the generation date, all as editable text; the marking boxed
 * at the top right. The slide takes the page's style, so a projector-style export gives dark slides.
 */
public final class PptxRenderer {

    /** A 16:9 slide, 13.33 × 7.5 inches, in points. */
    static final double SLIDE_WIDTH = 960;
    static final double SLIDE_HEIGHT = 540;
    private static final double MARGIN = 36;
    private static final double SUBTITLE_TOP = 62;
    private static final double SUBTITLE_SIZE = 13;
    private static final double TITLE_SIZE = 26;
    private static final double MIN_TITLE_SIZE = 16;
    /** The footer's type size and line height, in points. */
    private static final double FOOTER_SIZE = 10;
    private static final double FOOTER_LINE = FOOTER_SIZE * 1.25;
    /** Pixels per point of the placed picture: 192 dpi, twice a screen's. */
    private static final double PIXELS_PER_POINT = 192.0 / 72;
    /** A small picture is enlarged at most this much to fill the slide. */
    private static final double MAX_ENLARGEMENT = 2;
    /** The preview's width in pixels. */
    private static final double THUMBNAIL_WIDTH = 256;
    private static final String THUMBNAIL_PART = "/docProps/thumbnail.jpeg";
    /** Japanese text on the slide: Yu Gothic is on every Windows and macOS PowerPoint. */
    static final String SLIDE_FONT = "Yu Gothic";

    private PptxRenderer() {
    }

    /**
     * Writes a throw-away deck, so that the first real one does not pay for loading PowerPoint's
     * schema classes (about 2 s on a cold JVM, against 1 s for the deck itself): the window does this
     * in the background while the analyst is still choosing what to export.
     */
    public static void warmUp() {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            XSLFSlide slide = deck.createSlide(deck.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY));
            run(textBox(slide, new Rectangle2D.Double(0, 0, SLIDE_WIDTH, SLIDE_HEIGHT)).addNewTextParagraph(), "点検", 10,
                    "#000000", false);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            PngRenderer.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), 1, png);
            slide.createPicture(deck.addPicture(png.toByteArray(), PictureData.PictureType.PNG));
            deck.write(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // Only a head start: the real export reports its own failures.
        }
    }

    public static void write(List<Page> pages, OutputStream out) throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to write");
        }
        try (XMLSlideShow deck = new XMLSlideShow()) {
            deck.setPageSize(new Dimension((int) SLIDE_WIDTH, (int) SLIDE_HEIGHT));
            for (Page page : pages) {
                slides(deck, page);
            }
            deck.getProperties().getCoreProperties().setTitle(XmlText.clean(pages.get(0).title()));
            deck.getProperties().getCoreProperties().setCreator(Messages.get("export.creator"));
            thumbnail(deck, pages.get(0));
            deck.write(out);
        }
    }

    /** The page on as many slides as its picture needs. */
    private static void slides(XMLSlideShow deck, Page page) throws IOException {
        List<Pagination.Part> parts = parts(page);
        for (int i = 0; i < parts.size(); i++) {
            XSLFSlide slide = deck.createSlide(deck.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY));
            heading(slide, page, page.title(i + 1, parts.size()));
            picture(deck, slide, page, parts.get(i), pictureTop(page), pictureHeight(page));
            footer(slide, page, footerHeight(page), i + 1 < parts.size());
        }
    }

    /** The page's picture in the parts its slides show, each fitting between the subtitle and the footer. */
    static List<Pagination.Part> parts(Page page) {
        return page.parts(SLIDE_WIDTH - 2 * MARGIN, pictureHeight(page), MAX_ENLARGEMENT);
    }

    private static double pictureTop(Page page) {
        return SUBTITLE_TOP + 8 + subtitleHeight(page);
    }

    private static double pictureHeight(Page page) {
        return SLIDE_HEIGHT - pictureTop(page) - footerHeight(page) - 16;
    }

    /** The background, the marking, the title and the subtitle. */
    private static void heading(XSLFSlide slide, Page page, String titleText) {
        PictureStyle style = page.style();
        slide.getBackground().setFillColor(color(style.background()));
        double markingWidth = page.stamp().classification().map(marking -> marking(slide, marking, style)).orElse(0.0);

        XSLFTextShape title = slide.getPlaceholder(0);
        title.clearText();
        double titleWidth = SLIDE_WIDTH - 2 * MARGIN - markingWidth - 12;
        title.setAnchor(new Rectangle2D.Double(MARGIN, 16, titleWidth, 46));
        title.setVerticalAlignment(VerticalAlignment.BOTTOM);
        XSLFTextParagraph titleParagraph = title.addNewTextParagraph();
        titleParagraph.setTextAlign(TextParagraph.TextAlign.LEFT);
        run(titleParagraph, titleText, titleSize(titleText, titleWidth), style.text(), true);

        double height = subtitleHeight(page);
        if (height > 0) {
            XSLFTextBox subtitle = textBox(slide, new Rectangle2D.Double(MARGIN, SUBTITLE_TOP, SLIDE_WIDTH - 2 * MARGIN,
                    height));
            run(subtitle.addNewTextParagraph(), page.subtitle(), SUBTITLE_SIZE, style.subtleText(), false);
        }
    }

    /**
     * The title's type size: 26 pt, or smaller (to 16 pt) so that a long title (an English one with "(i/n)")
     * stays on the one line its box has room for. The slide's font in bold (Yu Gothic, or a viewer's stand-in
     * for it) is taken as 20 % wider than the shipped font's regular face, which measures it, and the box's
     * insets as 16 pt.
     */
    private static double titleSize(String title, double width) {
        double needed = JapaneseFont.width(title, TITLE_SIZE) * 1.2;
        return Math.max(MIN_TITLE_SIZE, Math.min(TITLE_SIZE, Math.floor(TITLE_SIZE * (width - 16) / needed)));
    }

    /** As many lines as the subtitle wraps to (measured in the shipped font, near enough to the slide's). */
    private static double subtitleHeight(Page page) {
        if (page.subtitle() == null || page.subtitle().isBlank()) {
            return 0;
        }
        int lines = JapaneseFont.lines(page.subtitle(), SUBTITLE_SIZE, SLIDE_WIDTH - 2 * MARGIN - 16).size();
        return lines * SUBTITLE_SIZE * 1.35 + 8;
    }

    /** The footer's lines: "continued", the footnote as it wraps, and the date. */
    private static double footerHeight(Page page) {
        int lines = JapaneseFont.lines(page.footnote(), FOOTER_SIZE, SLIDE_WIDTH - 2 * MARGIN - 16).size() + 2;
        return lines * FOOTER_LINE + 8;
    }

    /** The part of the picture, at its own size, centred in the area between the subtitle and the footer. */
    private static void picture(XMLSlideShow deck, XSLFSlide slide, Page page, Pagination.Part part, double top,
            double areaHeight) throws IOException {
        Sheet sheet = new Sheet() {
            @Override
            public double width() {
                return part.width();
            }

            @Override
            public double height() {
                return part.height();
            }

            @Override
            public void paint(Surface surface, String background) {
                surface.begin(part.width(), part.height(), background);
                part.paint(surface, 0, 0);
            }
        };
        BufferedImage image = PngRenderer.render(sheet, PIXELS_PER_POINT, page.style().background());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        PngRenderer.write(image, PIXELS_PER_POINT, png);
        XSLFPictureData data = deck.addPicture(png.toByteArray(), PictureData.PictureType.PNG);
        XSLFPictureShape picture = slide.createPicture(data);
        double areaWidth = SLIDE_WIDTH - 2 * MARGIN;
        picture.setAnchor(new Rectangle2D.Double(MARGIN + (areaWidth - part.width()) / 2,
                top + (areaHeight - part.height()) / 2, part.width(), part.height()));
        // Alternative text for screen readers and for search: what the picture shows and its sources.
        ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr()
                .setDescr(XmlText.clean(page.title() + "\n" + page.footnote()));
    }

    private static void footer(XSLFSlide slide, Page page, double height, boolean continues) {
        PictureStyle style = page.style();
        XSLFTextBox footer = textBox(slide, new Rectangle2D.Double(MARGIN, SLIDE_HEIGHT - height - 8,
                SLIDE_WIDTH - 2 * MARGIN, height));
        footer.setVerticalAlignment(VerticalAlignment.BOTTOM);
        footer.setWordWrap(true);
        if (continues) {
            XSLFTextParagraph next = footer.addNewTextParagraph();
            next.setTextAlign(TextParagraph.TextAlign.RIGHT);
            run(next, Messages.get("export.continued"), FOOTER_SIZE, style.text(), true);
        }
        run(footer.addNewTextParagraph(), page.footnote(), FOOTER_SIZE, style.subtleText(), false);
        XSLFTextParagraph generated = footer.addNewTextParagraph();
        generated.setTextAlign(TextParagraph.TextAlign.RIGHT);
        run(generated, Messages.get("export.generatedBy", page.stamp().generated().toString()), FOOTER_SIZE,
                style.subtleText(), false);
    }

    /**
     * The deck's preview (docProps/thumbnail.jpeg), which file browsers and PowerPoint's open dialog show:
     * the first page as the PNG export draws it, {@value #THUMBNAIL_WIDTH} pixels wide.
     */
    private static void thumbnail(XMLSlideShow deck, Page first) throws IOException {
        Sheet sheet = first.framed();
        double scale = THUMBNAIL_WIDTH / sheet.width();
        BufferedImage image = PngRenderer.render(sheet, scale, first.style().background());
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "jpeg", jpeg)) {
            throw new IOException("no JPEG writer for the thumbnail");
        }
        // POI's template deck already has a blank preview: replace its content, or add one if it has none.
        try {
            PackagePart part = deck.getPackage().getPart(PackagingURIHelper.createPartName(THUMBNAIL_PART));
            if (part == null) {
                deck.getPackage().addThumbnail("thumbnail.jpeg", new ByteArrayInputStream(jpeg.toByteArray()));
            } else {
                try (OutputStream content = part.getOutputStream()) {
                    jpeg.writeTo(content);
                }
            }
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** The marking, boxed, at the top right; returns the width it takes. */
    private static double marking(XSLFSlide slide, String marking, PictureStyle style) {
        double size = 16;
        double width = JapaneseFont.width(marking, size) + 2 * size;
        XSLFTextBox box = textBox(slide, new Rectangle2D.Double(SLIDE_WIDTH - MARGIN - width, 20, width, size * 2));
        box.setLineColor(color(style.text()));
        box.setLineWidth(1.5);
        box.setVerticalAlignment(VerticalAlignment.MIDDLE);
        XSLFTextParagraph paragraph = box.addNewTextParagraph();
        paragraph.setTextAlign(TextParagraph.TextAlign.CENTER);
        run(paragraph, marking, size, style.text(), true);
        return width;
    }

    /** A text box without the empty paragraph POI starts it with. */
    private static XSLFTextBox textBox(XSLFSlide slide, Rectangle2D anchor) {
        XSLFTextBox box = slide.createTextBox();
        box.clearText();
        box.setAnchor(anchor);
        return box;
    }

    private static void run(XSLFTextParagraph paragraph, String text, double size, String color, boolean bold) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(XmlText.clean(text));
        run.setFontSize(size);
        run.setFontColor(color(color));
        run.setBold(bold);
        run.setFontFamily(SLIDE_FONT, FontGroup.LATIN);
        run.setFontFamily(SLIDE_FONT, FontGroup.EAST_ASIAN);
        // PowerPoint picks spelling, line breaking and the fallback font by the run's language.
        CTTextCharacterProperties properties = ((CTRegularTextRun) run.getXmlObject()).getRPr();
        boolean japanese = hasJapanese(text);
        properties.setLang(japanese ? "ja-JP" : "en-US");
        properties.setAltLang(japanese ? "en-US" : "ja-JP");
    }

    /** Whether the text has kana, kanji or full-width forms (U+3000 and above, as JapaneseFont measures them). */
    static boolean hasJapanese(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x3000 && c <= 0x9FFF || c >= 0xFF00 && c <= 0xFFEF);
    }

    private static Color color(String hex) {
        return new Color(Rgb.of(hex));
    }
}
