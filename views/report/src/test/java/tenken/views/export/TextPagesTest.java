package tenken.views.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tenken.assets.Messages;

/** Text pages read back by PDFBox: page size, flow, the embedded font and the text behind its glyphs. */
class TextPagesTest {

    /**
     * Kanji that IPAex draws with the same glyph as a Kangxi radical or its supplement (長 ⻑, 生 ⽣, 用 ⽤,
     * 見 ⾒, 日 ⽇, 民 ⺠): a ToUnicode map that takes the lowest code point of a glyph gives the radicals back.
     */
    private static final String SHARED_GLYPHS = "国民の生存に必要な物資の長期的な見通しと日本の利用";

    private static byte[] pdf(TextPages pages) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pages.writePdf("ブリーフィング", Messages.JAPANESE, out);
        return out.toByteArray();
    }

    @Test
    void theTextComesBackAsTheKanjiThatWereWrittenNotTheRadicalsSharingTheirGlyphs() throws Exception {
        TextPages pages = new TextPages();
        pages.paragraph(SHARED_GLYPHS, 10, 0, 0);

        try (PDDocument document = Loader.loadPDF(pdf(pages))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.strip()).isEqualTo(SHARED_GLYPHS);
            assertThat(text.codePoints().filter(c -> c >= 0x2E80 && c <= 0x2FDF)).isEmpty();
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("IPAexGothic");
        }
    }

    @Test
    void pagesAreA4WithTheTitleAndLanguageAsDocumentProperties() throws Exception {
        TextPages pages = new TextPages();
        pages.paragraph("一頁目", 10, 0, 0);
        pages.pageBreak();
        pages.paragraph("二頁目", 10, 0, 0);

        try (PDDocument document = Loader.loadPDF(pdf(pages))) {
            assertThat(pages.count()).isEqualTo(2);
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(1).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(document.getPage(1).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("ブリーフィング");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ja");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            assertThat(stripper.getText(document).strip()).isEqualTo("二頁目");
        }
    }

    @Test
    void aLongParagraphWrapsWithinTheMarginsAndFlowsOntoTheNextPage() throws Exception {
        TextPages pages = new TextPages();
        String sentence = "供給途絶の蓋然性を評価し、代替調達先を検討する。";
        pages.paragraph(sentence.repeat(200), 10, 20, 0);

        int lines = JapaneseFont.lines(sentence.repeat(200), 10, PDRectangle.A4.getWidth() - 2 * 48 - 20).size();
        int linesPerPage = (int) ((PDRectangle.A4.getHeight() - 2 * 48) / (10 * 1.35));
        assertThat(pages.count()).isGreaterThan(1).isEqualTo((lines + linesPerPage - 1) / linesPerPage);
        try (PDDocument document = Loader.loadPDF(pdf(pages))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).isEqualTo(sentence.repeat(200));
        }
    }

    @Test
    void aLineBreakStartsALineAndACharacterTheFontLacksIsReplacedNotDropped() throws Exception {
        TextPages pages = new TextPages();
        pages.paragraph("判断\t満たす 📈\n根拠 ≥ 50%", 10, 0, 0);

        try (PDDocument document = Loader.loadPDF(pdf(pages))) {
            assertThat(new PDFTextStripper().getText(document).lines().map(String::strip))
                    .containsExactly("判断 満たす " + JapaneseFont.REPLACEMENT, "根拠 ≧ 50%");
        }
    }
}
