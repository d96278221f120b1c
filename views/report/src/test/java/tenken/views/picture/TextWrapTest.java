package tenken.views.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    /** Every character one unit wide, so that the widths below are character counts. */
    private static final ToDoubleFunction<String> CHARACTERS = text -> text.codePointCount(0, text.length());

    @Test
    void japaneseBreaksBetweenAnyTwoCharacters() {
        assertThat(TextWrap.lines("国民の生存に必要不可欠", 4, CHARACTERS)).containsExactly("国民の生", "存に必要", "不可欠");
    }

    @Test
    void aLatinWordOrNumberMovesWholeToTheNextLine() {
        assertThat(TextWrap.lines("USGS Mineral Commodity Summaries", 14, CHARACTERS))
                .containsExactly("USGS Mineral", "Commodity", "Summaries");
        assertThat(TextWrap.lines("アクションプラン初版（2023年11月）", 17, CHARACTERS))
                .containsExactly("アクションプラン初版（2023年", "11月）");
        assertThat(TextWrap.lines("中国のシェア 98.4% → 99.0%", 10, CHARACTERS))
                .containsExactly("中国のシェア", "98.4% →", "99.0%");
    }

    @Test
    void aLineNeitherStartsWithClosingPunctuationNorEndsWithAnOpeningBracket() {
        assertThat(TextWrap.lines("ガリウム（製錬・精製）", 10, CHARACTERS)).containsExactly("ガリウム（製錬・精", "製）");
        assertThat(TextWrap.lines("半導体部素材（部素材）", 10, CHARACTERS)).containsExactly("半導体部素材（部素", "材）");
        assertThat(TextWrap.lines("ロジック半導体（9nm以下）（製造", 15, CHARACTERS))
                .containsExactly("ロジック半導体（9nm以下）", "（製造");
        assertThat(TextWrap.lines("コバルト・リチウム", 4, CHARACTERS)).containsExactly("コバル", "ト・リチ", "ウム");
        // Nor with a small kana.
        assertThat(TextWrap.lines("ロジック", 2, CHARACTERS)).containsExactly("ロ", "ジッ", "ク");
        // Unless the line would be left less than half full.
        assertThat(TextWrap.lines("あ）））））））", 4, CHARACTERS)).containsExactly("あ）））", "））））");
    }

    @Test
    void aWordThatFitsALineIsNeverSplitEvenIfTheLineIsLeftLessThanHalfFull() {
        assertThat(TextWrap.lines("Logic semiconductors at the very leading edge", 17, CHARACTERS))
                .containsExactly("Logic", "semiconductors at", "the very leading", "edge");
    }

    @Test
    void japaneseFillsTheLineRatherThanBreakingAtAnEarlierComma() {
        assertThat(TextWrap.lines("財務省貿易統計、経済産業省", 10, CHARACTERS)).containsExactly("財務省貿易統計、経済", "産業省");
    }

    @Test
    void aLineMayEndAfterAHyphenBeforeALetterButInsideNoOtherWordOrNumber() {
        assertThat(TextWrap.lines("semi-finished goods", 8, CHARACTERS)).containsExactly("semi-", "finished", "goods");
        assertThat(TextWrap.lines("閣議決定 2022-12-20", 10, CHARACTERS)).containsExactly("閣議決定", "2022-12-20");
        assertThat(TextWrap.lines("see e.g. U.S.A. data", 6, CHARACTERS)).containsExactly("see", "e.g.", "U.S.A.", "data");
    }

    @Test
    void aWebAddressMovesWholeToTheNextLineAndBreaksAfterItsPunctuationOnlyWhenWiderThanALine() {
        assertThat(TextWrap.lines("資料1, https://www.mhlw.go.jp/stf", 28, CHARACTERS))
                .containsExactly("資料1,", "https://www.mhlw.go.jp/stf");
        assertThat(TextWrap.lines("出典 https://www.meti.go.jp/policy", 12, CHARACTERS))
                .containsExactly("出典", "https://www.", "meti.go.jp/", "policy");
        assertThat(TextWrap.longest("see https://www.mhlw.go.jp/stf", CHARACTERS)).isEqualTo(12);
    }

    @Test
    void aWebAddressWiderThanALineBreaksAfterEverySlashNotInsideAPathSegment() {
        // The JDK finds no opportunity after "/" before a letter: "mcs2025/" was cut as "mcs2" / "025/".
        // Only the host, wider than the line, also breaks after a dot; the file name fits and stays whole.
        assertThat(TextWrap.lines("https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-potash.pdf", 20, CHARACTERS))
                .containsExactly("https://pubs.usgs.", "gov/periodicals/", "mcs2025/", "mcs2025-potash.pdf");
        assertThat(TextWrap.lines("see https://www.example.org/a", 14, CHARACTERS))
                .as("the scheme stays with the host").containsExactly("see", "https://www.", "example.org/a");
        // Words that are no web address keep their slashes: "and/or" is one word.
        assertThat(TextWrap.lines("shares and/or tonnage", 10, CHARACTERS)).containsExactly("shares", "and/or", "tonnage");
    }

    @Test
    void aWebAddressBreaksAtItsSlashesBeforeItsDotsAndHyphens() {
        // The side panel on the projector: "https://pubs.usgs." / "gov/periodicals/" / "mcs2025/mcs2025-" /
        // "manganese.pdf" split the host and the file name although each fits a line.
        assertThat(TextWrap.lines("https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-manganese.pdf", 24, CHARACTERS))
                .containsExactly("https://pubs.usgs.gov/", "periodicals/mcs2025/", "mcs2025-manganese.pdf");
        assertThat(TextWrap.broken("USGS, https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-manganese.pdf", 24,
                CHARACTERS)).isEqualTo("USGS, \nhttps://pubs.usgs.gov/\nperiodicals/mcs2025/\nmcs2025-manganese.pdf");
        // A part between slashes wider than the line breaks after its own punctuation, never inside a name.
        assertThat(TextWrap.lines("https://x.org/mcs2025-manganese.pdf", 12, CHARACTERS))
                .containsExactly("https://x.", "org/mcs2025-", "manganese.", "pdf");
        // A hyphen in a web address is its punctuation: no break there while the address fits a line.
        assertThat(TextWrap.lines("see https://a-b.org/x-y", 19, CHARACTERS)).containsExactly("see", "https://a-b.org/x-y");
        // The narrowest a column may be still breaks the address after all its punctuation.
        assertThat(TextWrap.longest("https://pubs.usgs.gov/mcs2025-manganese.pdf", CHARACTERS)).isEqualTo(13);
    }

    @Test
    void aWordWiderThanALineIsCutOnALineOfItsOwnUnlessThatLeavesTheLineBeforeHalfEmpty() {
        assertThat(TextWrap.lines("Antidisestablishmentarianism", 12, CHARACTERS))
                .containsExactly("Antidisestab", "lishmentaria", "nism");
        assertThat(TextWrap.lines("Seventh Antidisestablishmentarianism", 12, CHARACTERS))
                .containsExactly("Seventh", "Antidisestab", "lishmentaria", "nism");
        assertThat(TextWrap.lines("Six Antidisestablishmentarianism", 12, CHARACTERS))
                .containsExactly("Six Antidise", "stablishment", "arianism");
    }

    @Test
    void brokenTextKeepsEverythingAndAddsOnlyLineBreaksWhereLinesMustEnd() {
        String text = "Penicillins and their salts,\n6-APA 中間財の供給国";

        String broken = TextWrap.broken(text, 12, CHARACTERS);

        assertThat(broken).isEqualTo("Penicillins \nand their \nsalts,\n6-APA 中間財の供給\n国");
        assertThat(broken.replace("\n", "")).isEqualTo(text.replace("\n", ""));
    }

    @Test
    void brokenTextMeasuresALineWithTheSpaceItEndsWithAndDrawnLinesWithout() {
        // "and their " is ten wide: broken text, laid out with its spaces, takes "their" to the next line.
        assertThat(TextWrap.broken("and their salts", 9, CHARACTERS)).isEqualTo("and \ntheir \nsalts");
        assertThat(TextWrap.lines("and their salts", 9, CHARACTERS)).containsExactly("and their", "salts");
    }

    @Test
    void theLongestPieceIsAWordWithItsSpaceInEnglishAndACharacterInJapanese() {
        assertThat(TextWrap.longest("Intermediate goods", CHARACTERS)).isEqualTo(13);
        assertThat(TextWrap.longest("6-aminopenicillanic acid", CHARACTERS)).isEqualTo(18);
        assertThat(TextWrap.longest("中間財の供給国", CHARACTERS)).isEqualTo(1);
        assertThat(TextWrap.longest("半導体（部素材）", CHARACTERS)).isEqualTo(2);
        assertThat(TextWrap.longest("", CHARACTERS)).isZero();
    }

    @Test
    void eachLineBreakInTheTextStartsALineAndABlankLineStaysEmpty() {
        assertThat(TextWrap.lines("一行目\n二行目\r\n\n四行目", 10, CHARACTERS)).containsExactly("一行目", "二行目", "", "四行目");
    }

    @Test
    void blankTextHasNoLines() {
        assertThat(TextWrap.lines(" \n ", 10, CHARACTERS)).isEmpty();
    }

    @Test
    void aLineTooNarrowForOneCharacterStillAdvancesAndNeverSplitsASurrogatePair() {
        String text = "𠮷野家";

        List<String> lines = TextWrap.lines(text, 0.5, CHARACTERS);

        assertThat(lines).containsExactly("𠮷", "野", "家");
    }

    @Test
    void theStyleWrapsWithItsOwnEstimateOfTheWidth() {
        PictureStyle style = PictureStyle.PRINT;

        List<String> lines = style.wrap("ガリウム精錬 Gallium refining", 10, 100);

        assertThat(lines).containsExactly("ガリウム精錬", "Gallium refining");
        assertThat(lines).allSatisfy(line -> assertThat(style.textWidth(line, 10)).isLessThanOrEqualTo(100));
    }
}
