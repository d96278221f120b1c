package tenken.views.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tenken.assets.Messages;
import tenken.store.db.TenkenDatabase;
import tenken.store.model.Country;
import tenken.store.model.Material;
import tenken.store.progress.ProgressMonitor;
import tenken.store.repo.CatalogueRepository;
import tenken.views.common.AnalysisSnapshot;
import tenken.views.picture.ChartPicture;
import tenken.views.picture.GraphPicture;
import tenken.views.picture.PictureNode;
import tenken.views.picture.PictureStyle;

/**
 * Issue 13, item 16: every exported page and slide readable when printed or projected. The semiconductor
 * chart was one 720 × 2,416 pt PDF page and the whole catalogue's graph one slide with 4 pt labels. Read
 * back from the files: A4 pages and 16:9 slides, no glyph under 10 pt as rendered, each label whole on
 * exactly one page, and title "(i/n)", legend, footnote and "continued" on every page of a cut picture.
 */
class PaginatedExportsTest {

    private static final double A4_SHORT = 595.28;
    private static final double A4_LONG = 841.89;
    /** A chart's value: "48% → 0.9%", "10%". */
    private static final Pattern VALUE = Pattern.compile("-?[0-9.]+ ?%( → -?[0-9.]+ ?%)?");

    private static AnalysisSnapshot analysis;

    @BeforeAll
    static void seeded() throws Exception {
        Path dir = Files.createTempDirectory("tenken-pages");
        analysis = AnalysisSnapshot.of(new CatalogueRepository(TenkenDatabase.open(dir.resolve("t.db"))).load());
    }

    private static Material material(String key) {
        return analysis.catalogue().materialsByKey().get(key);
    }

    private static ChartLayout semiconductors() {
        return new MaterialExports(analysis).chart(material("semiconductors"), Country.JAPAN, PictureStyle.PRINT);
    }

    private static Page semiconductorChart() {
        return Page.of(semiconductors(), TestPictures.STAMP);
    }

    /** The whole catalogue's graph as {@code export-graph --all} and the chokepoint screen export it, in print. */
    private static GraphPicture wholeCatalogue() {
        ScreenExport.Graph screen = new MaterialExports(analysis).catalogue(Optional.empty(), Country.JAPAN);
        return ExportPictures.graph(screen.visible(), screen.emphasis(), PictureStyle.PRINT, screen.title(),
                screen.subtitle(), ProgressMonitor.NONE);
    }

    private static void speak(String language) {
        Messages.setLocale(language.equals("en") ? Messages.ENGLISH : Messages.JAPANESE);
    }

    private static GraphPicture machineTools() {
        return new MaterialExports(analysis).graph(material("machine tools and industrial robots"), Optional.empty(), Country.JAPAN,
                PictureStyle.PRINT, ProgressMonitor.NONE);
    }

    /**
     * The labels each of which must be whole on exactly one page: every node's, line by line as the painter
     * draws them (an item world production stands in for has a second line saying so).
     */
    private static Map<String, Integer> labels(GraphPicture graph) {
        return count(graph.nodes().stream().map(PictureNode::label).flatMap(String::lines).toList());
    }

    /** The chart's row labels and values (texts that never wrap), as often as the chart shows each. */
    private static Map<String, Integer> labels(ChartPicture chart) {
        return count(chart.texts().stream().map(ChartPicture.Text::text)
                .filter(text -> VALUE.matcher(text).matches() || isRowLabel(chart, text)).toList());
    }

    private static boolean isRowLabel(ChartPicture chart, String text) {
        return chart.texts().stream().anyMatch(t -> t.text().equals(text) && t.anchor() == ChartPicture.Anchor.END);
    }

    private static Map<String, Integer> count(List<String> texts) {
        return texts.stream().collect(Collectors.toMap(t -> t, t -> 1, Integer::sum));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void theSemiconductorChartIsPrintedOnSeveralA4PagesWithNoTextUnderTenPointsAndNoRowCut(String language)
            throws Exception {
        speak(language);
        Page page = semiconductorChart();
        List<PageText> pages = printed(page);

        assertThat(pages).hasSizeGreaterThan(1);
        assertPaged(page, pages, List.of(Messages.get("legend.faceValue"), Messages.get("legend.lookThrough")));
        assertEachWholeOnOnePage(pages, labels(semiconductors().standard()));
    }

    /**
     * In English the item names are longer than in Japanese ("Semiconductor manufacturing equipment (including
     * its components) (Manufacturing equipment)"): they too must be whole, each on one page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void theWholeCataloguesGraphIsPrintedOnSeveralA4PagesWithLabelsOfTenPointsAndNoNodeCut(String language)
            throws Exception {
        speak(language);
        GraphPicture graph = wholeCatalogue();
        Page page = Page.of(graph, TestPictures.STAMP);
        List<PageText> pages = printed(page);

        assertThat(pages).hasSizeGreaterThan(1);
        assertPaged(page, pages, graph.legend().stream().map(e -> JapaneseFont.displayable(e.label())).toList());
        assertEachWholeOnOnePage(pages, labels(graph));
    }

    @Test
    void oneMaterialsGraphThatFitsStaysOnePageAndOneSlide() throws Exception {
        Messages.setLocale(Messages.JAPANESE);
        Page page = Page.of(machineTools(), TestPictures.STAMP);

        List<PageText> pages = printed(page);
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).text()).contains(page.title()).doesNotContain("（1/1）", Messages.get("export.continued"));
        assertThat(pages.get(0).smallest()).isGreaterThanOrEqualTo(10 - 0.01);
        assertEachWholeOnOnePage(pages, labels(machineTools()));
        assertThat(slides(page)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void theSemiconductorChartAndTheWholeGraphGoOnSeveralSixteenByNineSlidesAtTenPointsOrMore(String language)
            throws Exception {
        speak(language);
        Page chart = semiconductorChart();
        GraphPicture graph = wholeCatalogue();
        for (Page page : List.of(chart, Page.of(graph, TestPictures.STAMP))) {
            List<SlideText> slides = slides(page);
            assertThat(slides).hasSizeGreaterThan(1);
            List<Pagination.Part> parts = PptxRenderer.parts(page);
            assertThat(parts).hasSameSizeAs(slides);
            for (int i = 0; i < slides.size(); i++) {
                SlideText slide = slides.get(i);
                assertThat(slide.title()).isEqualTo(page.title(i + 1, slides.size()));
                assertThat(slide.smallestRun()).as(slide.title()).isGreaterThanOrEqualTo(10);
                // The slide shows its picture at the size it was drawn: 1 pt of the part is 1 pt of the slide.
                assertThat(slide.pictureWidth()).isCloseTo(parts.get(i).width(), org.assertj.core.data.Offset.offset(1.0));
                assertThat(slide.text().contains(Messages.get("export.continued"))).isEqualTo(i + 1 < slides.size());
                assertThat(slide.text()).contains(Messages.get("export.generated", "2026-11-23"), "取扱注意");
            }
            // The pictures' own texts, as drawn on the slides' parts.
            PartTexts drawn = new PartTexts();
            for (Pagination.Part part : parts) {
                drawn.next();
                part.paint(drawn, 0, 0);
            }
            assertThat(drawn.smallest).isGreaterThanOrEqualTo(10 - 1e-9);
            assertThat(drawn.cut).as("texts running out of their part").isEmpty();
            Map<String, Integer> expected = page == chart ? labels(semiconductors().standard()) : labels(graph);
            expected.forEach((label, times) -> assertThat(drawn.count(label)).as(label).isEqualTo(times.longValue()));
        }
    }

    /** The page's title "(i/n)", the legend, the footnote and the date on every page; "continued" on all but the last. */
    private static void assertPaged(Page page, List<PageText> pages, List<String> legend) {
        String firstSource = page.footnote().substring(0, 12);
        for (int i = 0; i < pages.size(); i++) {
            PageText printed = pages.get(i);
            assertThat(printed.a4()).as("page %d is A4: %s", i + 1, printed.size()).isTrue();
            assertThat(printed.smallest()).as("smallest type on page %d", i + 1).isGreaterThanOrEqualTo(10 - 0.01);
            assertThat(printed.text()).contains(page.title(i + 1, pages.size()), firstSource, "2026-11-23");
            assertThat(printed.text()).contains(legend);
            assertThat(printed.text().contains(Messages.get("export.continued"))).as("page %d", i + 1)
                    .isEqualTo(i + 1 < pages.size());
            assertThat(printed.outside()).as("glyphs off page %d", i + 1).isZero();
        }
    }

    /** Each label whole, as one run of glyphs, on exactly as many pages as the picture has it (once, mostly). */
    private static void assertEachWholeOnOnePage(List<PageText> pages, Map<String, Integer> labels) {
        assertThat(labels).isNotEmpty();
        Map<String, Integer> runs = new HashMap<>();
        for (PageText page : pages) {
            page.runs().forEach(run -> runs.merge(run, 1, Integer::sum));
        }
        labels.forEach((label, times) -> assertThat(runs.getOrDefault(label, 0)).as(label).isEqualTo(times));
    }

    /** What one PDF page shows: its size, its text, its runs of glyphs and the smallest rendered glyph. */
    private record PageText(double width, double height, String text, List<String> runs, double smallest,
            int outside) {

        boolean a4() {
            return Math.abs(Math.min(width, height) - A4_SHORT) < 0.5 && Math.abs(Math.max(width, height) - A4_LONG) < 0.5;
        }

        String size() {
            return width + " × " + height;
        }
    }

    private static List<PageText> printed(Page page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.write(List.of(page), out);
        byte[] pdf = out.toByteArray();
        keep(page.title() + "-" + Messages.locale().getLanguage() + ".pdf", pdf);
        List<PageText> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                PDPage pdfPage = document.getPage(i - 1);
                Glyphs glyphs = new Glyphs(pdfPage.getMediaBox().getWidth(), pdfPage.getMediaBox().getHeight());
                glyphs.setStartPage(i);
                glyphs.setEndPage(i);
                String text = glyphs.getText(document);
                pages.add(new PageText(pdfPage.getMediaBox().getWidth(), pdfPage.getMediaBox().getHeight(), text,
                        glyphs.runs(), glyphs.smallest, glyphs.outside));
            }
        }
        return pages;
    }

    /**
     * The glyphs of a page in the order they were drawn, as runs (one text drawn is one run: the next glyph
     * on the same baseline right after the last one), the smallest as rendered (the text rendering
     * matrix, which holds the font size, the text matrix and the page's transformation) and how many lie
     * off the page.
     */
    private static final class Glyphs extends PDFTextStripper {

        private final double width;
        private final double height;
        private final List<StringBuilder> runs = new ArrayList<>();
        private TextPosition last;
        double smallest = Double.POSITIVE_INFINITY;
        int outside;

        Glyphs(double width, double height) throws IOException {
            this.width = width;
            this.height = height;
        }

        @Override
        protected void processTextPosition(TextPosition glyph) {
            super.processTextPosition(glyph);
            double size = glyph.getTextMatrix().getScalingFactorY();
            smallest = Math.min(smallest, size);
            if (glyph.getX() < -0.5 || glyph.getX() + glyph.getWidth() > width + 0.5 || glyph.getY() > height + 0.5
                    || glyph.getY() - size < -0.5) {
                outside++;
            }
            boolean continues = last != null && Math.abs(last.getY() - glyph.getY()) < 0.5
                    && Math.abs(last.getX() + last.getWidth() - glyph.getX()) < size * 0.3;
            if (!continues) {
                runs.add(new StringBuilder());
            }
            runs.get(runs.size() - 1).append(glyph.getUnicode());
            last = glyph;
        }

        List<String> runs() {
            return runs.stream().map(StringBuilder::toString).toList();
        }
    }

    /** What one slide shows: its title, all its text, its smallest run and its picture's width. */
    private record SlideText(String title, String text, double smallestRun, double pictureWidth) {
    }

    private static List<SlideText> slides(Page page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PptxRenderer.write(List.of(page), out);
        keep(page.title() + "-" + Messages.locale().getLanguage() + ".pptx", out.toByteArray());
        List<SlideText> slides = new ArrayList<>();
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(deck.getPageSize().getWidth()).isEqualTo(960);
            assertThat(deck.getPageSize().getHeight()).isEqualTo(540);
            for (XSLFSlide slide : deck.getSlides()) {
                StringBuilder text = new StringBuilder();
                double smallest = Double.POSITIVE_INFINITY;
                double pictureWidth = 0;
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape textShape) {
                        for (var paragraph : textShape.getTextParagraphs()) {
                            for (var run : paragraph.getTextRuns()) {
                                text.append(run.getRawText()).append('\n');
                                smallest = Math.min(smallest, run.getFontSize());
                            }
                        }
                    } else if (shape instanceof XSLFPictureShape picture) {
                        assertThat(pictureWidth).as("one picture a slide").isZero();
                        pictureWidth = picture.getAnchor().getWidth();
                        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(
                                new ByteArrayInputStream(picture.getPictureData().getData()));
                        // Drawn at 192 dpi: as many pixels as 8/3 per point of its place on the slide.
                        assertThat(image.getWidth() / (192.0 / 72)).isCloseTo(pictureWidth,
                                org.assertj.core.data.Offset.offset(1.0));
                    }
                }
                slides.add(new SlideText(slide.getTitle(), text.toString(), smallest, pictureWidth));
            }
        }
        return slides;
    }

    /**
     * The texts the parts draw, with their sizes in points, and those that run out of the part's clip (a
     * label cut at a page's edge).
     */
    private static final class PartTexts extends TextOnlySurface {

        final List<String> texts = new ArrayList<>();
        final List<String> cut = new ArrayList<>();
        double smallest = Double.POSITIVE_INFINITY;
        private double[] clip;
        private int part;

        void next() {
            part++;
        }

        long count(String text) {
            return texts.stream().filter(Predicate.isEqual(text)).count();
        }

        @Override
        public void text(double x, double y, String text, double size, String color, boolean bold, Anchor anchor,
                double opacity) {
            texts.add(text);
            smallest = Math.min(smallest, size);
            if (clip == null) {
                return;
            }
            double width = JapaneseFont.width(text, size);
            double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - width / 2 : x - width;
            boolean inside = left >= clip[0] - 0.5 && left + width <= clip[0] + clip[2] + 0.5
                    && y - JapaneseFont.ascent(size) >= clip[1] - 0.5
                    && y + JapaneseFont.descent(size) <= clip[1] + clip[3] + 0.5;
            if (!inside) {
                cut.add("part " + part + ": " + text);
            }
        }

        @Override
        public void clip(double x, double y, double width, double height) {
            clip = new double[] {x, y, width, height};
        }

        @Override
        public void endClip() {
            clip = null;
        }
    }

    /** Keeps the file under target/paginated when asked (-Dtenken.keepExports=true), to look at. */
    private static void keep(String name, byte[] content) throws IOException {
        if (Boolean.getBoolean("tenken.keepExports")) {
            Path dir = Path.of("target", "paginated");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name.replaceAll("[\\\\/:*?\"<>| ]", "_")), content);
        }
    }
}
