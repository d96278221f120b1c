package tenken.views.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tenken.assets.Messages;
import tenken.views.picture.PictureStyle;

class PptxRendererTest {

    @BeforeEach
    void japanese() {
        Messages.setLocale(Messages.JAPANESE);
    }

    @Test
    void severalPicturesMakeOneDeckOfSlidesWithTitlePictureFootnoteVintageDateAndMarking() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PptxRenderer.write(List.of(Page.of(TestPictures.gallium(PictureStyle.PRINT), TestPictures.STAMP),
                Page.of(TestPictures.galliumChartLayout(PictureStyle.PRINT), TestPictures.STAMP)), out);

        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(deck.getSlides()).hasSize(2);
            assertThat(deck.getPageSize().getWidth()).isEqualTo(960);
            XSLFSlide slide = deck.getSlides().get(0);
            assertThat(slide.getTitle()).isEqualTo("ガリウムのチョークポイント");
            List<XSLFPictureShape> pictures = slide.getShapes().stream()
                    .filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).toList();
            assertThat(pictures).hasSize(1);
            assertThat(pictures.get(0).getPictureData().getContentType()).isEqualTo("image/png");
            assertThat(pictures.get(0).getAnchor().getMaxX()).isLessThanOrEqualTo(960);
            assertThat(pictures.get(0).getAnchor().getMaxY()).isLessThanOrEqualTo(540);
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(
                    new ByteArrayInputStream(pictures.get(0).getPictureData().getData()));
            // No seam where the picture meets the slide: its edges are the page's background.
            assertThat(image.getRGB(image.getWidth() / 2, image.getHeight() - 1) & 0xffffff).isEqualTo(0xffffff);
            String text = texts(slide);
            assertThat(text).contains("世界生産に占めるシェア", "USGS Mineral Commodity Summaries 2025（2024年）",
                    "作成日 2026-11-23", "取扱注意");
            assertThat(deck.getSlides().get(1).getTitle()).isEqualTo("ガリウムの依存度");
        }
    }

    /** Issue 13, item 16: Japanese runs were tagged en-US, a run was 9 pt, and the deck had no preview. */
    @Test
    void japaneseRunsAreTaggedJaJpEveryRunIsAtLeastTenPointsAndTheThumbnailShowsTheFirstPage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PptxRenderer.write(List.of(Page.of(TestPictures.gallium(PictureStyle.PRINT), TestPictures.STAMP)), out);

        int japanese = 0;
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            for (XSLFShape shape : deck.getSlides().get(0).getShapes()) {
                if (!(shape instanceof XSLFTextShape textShape)) {
                    continue;
                }
                for (var paragraph : textShape.getTextParagraphs()) {
                    for (var run : paragraph.getTextRuns()) {
                        var properties = ((org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun) run
                                .getXmlObject()).getRPr();
                        boolean hasKana = run.getRawText().codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x9FFF);
                        japanese += hasKana ? 1 : 0;
                        assertThat(properties.getLang()).as(run.getRawText()).isEqualTo(hasKana ? "ja-JP" : "en-US");
                        assertThat(run.getFontSize()).as(run.getRawText()).isGreaterThanOrEqualTo(10);
                    }
                }
            }
        }
        assertThat(japanese).isGreaterThanOrEqualTo(3);

        byte[] thumbnail = null;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new ByteArrayInputStream(out.toByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("docProps/thumbnail.jpeg")) {
                    thumbnail = zip.readAllBytes();
                }
            }
        }
        assertThat(thumbnail).as("docProps/thumbnail.jpeg").isNotNull();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertThat(image.getWidth()).isEqualTo(256);
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                dark += ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) < 384 ? 1 : 0;
            }
        }
        // Title, labels and edges: well over a hundred dark pixels, where a blank preview has none.
        assertThat(dark).isGreaterThan(100);
    }

    private static String texts(XSLFSlide slide) {
        StringBuilder text = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape textShape) {
                text.append(textShape.getText()).append('\n');
            }
        }
        return text.toString();
    }
}
