package tenken.views.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Line breaks between words, which JavaFX's wrapping then keeps as they are. */
@ExtendWith(ApplicationExtension.class)
class LineBreaksTest {

    private static final Font TYPE = Font.font(28);

    @Test
    void linesEndBetweenWordsAndJavaFxWrapsNoFurther() throws Exception {
        List<String> seen = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            String text = "Penicillins and their salts, 6-APA (6-aminopenicillanic acid), intermediate goods";
            double word = LineBreaks.longest(text, TYPE);
            for (double width = word; width < LineBreaks.width(text, TYPE); width += 7) {
                String broken = LineBreaks.broken(text, TYPE, width);
                Text shown = new Text(broken);
                shown.setFont(TYPE);
                shown.setWrappingWidth(width);
                // As many lines as the breaks make: JavaFX found nothing more to wrap.
                seen.add(broken.replace("\n", "") + "|" + (broken.split("\n").length == WholeWordsTest.lines(shown).size())
                        + "|" + WholeWordsTest.splitWord(WholeWordsTest.lines(shown)));
            }
        }).get();
        assertThat(seen).hasSizeGreaterThan(10).allSatisfy(line -> assertThat(line).isEqualTo(
                "Penicillins and their salts, 6-APA (6-aminopenicillanic acid), intermediate goods|true|false"));
    }

    @Test
    void theLongestPieceIsAWordInEnglishAndACharacterInJapanese() throws Exception {
        double[] widths = new double[4];
        WaitForAsyncUtils.asyncFx(() -> {
            widths[0] = LineBreaks.longest("Intermediate goods", TYPE);
            widths[1] = LineBreaks.width("Intermediate ", TYPE);
            widths[2] = LineBreaks.longest("中間財の供給国", TYPE);
            widths[3] = LineBreaks.width("中", TYPE);
        }).get();
        assertThat(widths[0]).isEqualTo(widths[1]);
        assertThat(widths[2]).isLessThan(2.5 * widths[3]);
    }
}
