package tenken.views.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tenken.assets.Messages;
import tenken.views.picture.PictureStyle;

/** Each picture format read back by a real reader: a DOM parser, PDFBox, ImageIO. */
class PictureRenderersTest {

    @BeforeEach
    void japanese() {
        Messages.setLocale(Messages.JAPANESE);
    }

    private static Page graphPage() {
        return Page.of(TestPictures.gallium(PictureStyle.PRINT), TestPictures.STAMP);
    }

    @Test
    void svgParsesAsXmlWithTheLabelsFootnoteDateAndMarkingAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SvgRenderer.write(graphPage(), out);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("font-family")).startsWith("IPAexGothic, ")
                .contains("'Noto Sans CJK JP'").endsWith("sans-serif");
        NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            strings.add(texts.item(i).getTextContent());
        }
        assertThat(strings).contains("中国", "ロシア", "ガリウム・精錬", "ガリウムのチョークポイント", "取扱注意",
                "作成日 2026-11-23　点検 Tenken", "チョークポイント");
        assertThat(String.join("", strings)).contains("USGS Mineral Commodity Summaries 2025");
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength()).isEqualTo(2);
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                .isEqualTo("ロシア → ガリウム・精錬");
    }

    @Test
    void pdfOpensWithPdfBoxWithTheJapaneseFontEmbeddedAndItsTextExtractable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.write(List.of(graphPage(), Page.of(TestPictures.galliumChartLayout(PictureStyle.PRINT),
                TestPictures.STAMP)), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            PDFont font = pdf.getPage(0).getResources().getFont(
                    pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("IPAexGothic");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String text = stripper.getText(pdf);
            assertThat(text).contains("中国", "ロシア", "ガリウム・精錬", "ガリウムのチョークポイント", "取扱注意",
                    "2026-11-23", "USGS Mineral Commodity Summaries 2025", "作成日", "世界生産");
            // 日 and 生 share their glyphs with the Kangxi radicals ⽇ and ⽣: the kanji must come back.
            assertThat(text.codePoints().filter(c -> c >= 0x2E80 && c <= 0x2FDF)).isEmpty();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(pdf)).contains("ガリウムの依存度", "実質的な依存", "98.4% → 99.0%");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("ガリウムのチョークポイント");
        }
        // The subset, not the 4 MB font.
        assertThat(out.size()).isLessThan(200_000);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void pngDimensionsAreThePageSizeTimesTheScale(int scale) throws Exception {
        Sheet sheet = graphPage().framed();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngRenderer.write(graphPage(), scale, false, out);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(image.getWidth()).isEqualTo((int) sheet.width() * scale);
        assertThat(image.getHeight()).isEqualTo((int) sheet.height() * scale);
        assertThat(image.getColorModel().hasAlpha()).isFalse();
        assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
        assertThat(image.getRGB(image.getWidth() - 1, image.getHeight() - 1) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void aTransparentPngKeepsItsCornersClearAndDrawsTheText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngRenderer.write(graphPage(), 2, true, out);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(0, 0) >>> 24).isZero();
        long opaque = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                opaque += (image.getRGB(x, y) >>> 24) > 0 ? 1 : 0;
            }
        }
        assertThat(opaque).isPositive();
    }

    @Test
    void aChartForASlideLeavesItsTitleWrappedSubtitleAndFootnoteToTheSlide() {
        List<String> texts = new ArrayList<>();
        List<Pagination.Part> parts = Page.of(TestPictures.galliumChartLayout(PictureStyle.PRINT), TestPictures.STAMP)
                .parts(888, 380, 2);
        assertThat(parts).hasSize(1);
        parts.get(0).paint(new TextRecorder(texts), 0, 0);

        assertThat(texts).contains("中国", "98.4% → 99.0%", "実質的な依存")
                .doesNotContain("ガリウムの依存度", "世界生産。実線は表面上の", "シェア", TestPictures.FOOTNOTE);
    }

    @Test
    void theChartPageIsTheChartWithTheDateBelowAndTheMarkingAbove() {
        Sheet framed = Page.of(TestPictures.galliumChartLayout(PictureStyle.PRINT), TestPictures.STAMP).framed();

        assertThat(framed.width()).isEqualTo(480);
        assertThat(framed.height()).isGreaterThan(170);
    }

    /** Keeps the texts a page draws. */
    private record TextRecorder(List<String> texts) implements Surface {
        @Override
        public void text(double x, double y, String text, double size, String color, boolean bold, Anchor anchor,
                double opacity) {
            texts.add(text);
        }

        @Override
        public void begin(double width, double height, String background) {
        }

        @Override
        public void rect(double x, double y, double w, double h, String fill, String stroke, double sw, double o) {
        }

        @Override
        public void roundRect(double x, double y, double w, double h, double r, String fill, String stroke, double sw,
                double o) {
        }

        @Override
        public void ellipse(double x, double y, double w, double h, String fill, String stroke, double sw, double o) {
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String stroke, double w, List<Double> dash,
                double o) {
        }

        @Override
        public void curve(double[] xs, double[] ys, String stroke, double w, List<Double> dash, double o) {
        }

        @Override
        public void polygon(double[] xs, double[] ys, String fill, double o) {
        }

        @Override
        public void clip(double x, double y, double w, double h) {
        }

        @Override
        public void endClip() {
        }

        @Override
        public void beginGroup(String tooltip) {
        }

        @Override
        public void endGroup() {
        }
    }
}
