package tenken.views.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tenken.assets.Messages;

class FootnotesTest {

    private static final String USGS = "USGS Mineral Commodity Summaries 2025, gallium, p. 74";
    private static final String METI = "経済産業省「経済安全保障に関する産業・技術基盤強化アクションプラン」初版, 2022-10";
    private static final String JFTC = "Japan Fair Trade Commission 「クラウドサービス分野の取引実態に関する報告書」, 2022-06";

    @AfterEach
    void japanese() {
        Messages.setLocale(Messages.JAPANESE);
    }

    @Test
    void namesSourcesByTheirWholeTitlesMostUsedFirst() {
        Messages.setLocale(Messages.ENGLISH);

        String footnote = Footnotes.of(List.of(METI, USGS, USGS), "2024", "Japan's imports");

        assertThat(footnote).isEqualTo("Sources: USGS Mineral Commodity Summaries 2025; "
                + "経済産業省「経済安全保障に関する産業・技術基盤強化アクションプラン」初版 / data years: 2024 / Japan's imports");
    }

    @Test
    void countsTheSourcesBeyondTwoLinesInsteadOfCuttingATitle() {
        Messages.setLocale(Messages.JAPANESE);

        String footnote = Footnotes.of(List.of(USGS, USGS, METI, JFTC, JFTC, JFTC, "Yomiuri Shimbun, 2023-07-04",
                        "Nikkei, 2017-10-12"), "2017–2025", "日本の輸入");

        assertThat(footnote).doesNotContain("…").startsWith("出典: Japan Fair Trade Commission 「クラウドサービス分野の取引実態に関する"
                + "報告書」; USGS Mineral Commodity Summaries 2025; 経済産業省「経済安全保障に関する産業・技術基盤強化アクションプラン」初版 ほか 2 件");
        assertThat(TextWrap.columns(footnote)).isLessThan(Footnotes.NAMED_COLUMNS + 60);
    }

    @Test
    void namesTheFirstSourceWholeEvenWhenItAloneIsLong() {
        Messages.setLocale(Messages.JAPANESE);
        String longTitle = "A".repeat(Footnotes.NAMED_COLUMNS + 20);

        String footnote = Footnotes.of(List.of(longTitle, USGS), "2024", "日本の輸入");

        assertThat(footnote).contains(longTitle).contains("ほか 1 件").doesNotContain("…");
    }
}
