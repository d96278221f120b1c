package tenken.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * English counts agree with their nouns ("1 row", "2 rows") through a choice in the pattern; Japanese,
 * which has no plural, prints the number as before (no digit grouping where there was none).
 */
class EnglishPluralsTest {

    /** "1 rows", "1 business reports", "1 more problems": a count of one before a plural noun. */
    private static final Pattern ONE_BEFORE_PLURAL = Pattern.compile("(?<![\\d.,])1 (?:(?:more|business|share|derived"
            + "|commodity|input) )?(?:rows|groups|reports|plans|items|problems|fields|codes|flows|shares|rounds"
            + "|materials|relations|versions|entries|characters|columns|figures)\\b");

    private static String en(String key, Object... args) {
        return Messages.format(Messages.ENGLISH, key, args);
    }

    private static String ja(String key, Object... args) {
        return Messages.format(Messages.JAPANESE, key, args);
    }

    @Test
    void aFollowUpRoundHasOneBusinessReportOrMany() {
        assertThat(en("followup.round", "2", 1, "2025-09-30")).isEqualTo("Round 2: 1 business report (2025-09-30)");
        assertThat(en("followup.round", "2", 2, "2025-09-30")).isEqualTo("Round 2: 2 business reports (2025-09-30)");
        assertThat(en("cli.followup.round", "1", "2024", 1, "x")).isEqualTo("Round 1 (2024), 1 business report: x");
        assertThat(en("cli.followup.round", "1", "2024", 2, "x")).isEqualTo("Round 1 (2024), 2 business reports: x");
        assertThat(ja("followup.round", "2", 1234, "2025-09-30")).isEqualTo("第2回 事業者報告 1234件（2025-09-30）");
        assertThat(ja("cli.followup.round", "2", "2025-09-30", 121, "x")).isEqualTo("第2回（2025-09-30）事業者報告 121件: x");
    }

    @Test
    void anImportSaysOneRowOrRows() {
        assertThat(en("cli.import.doneFollowUp", "f.csv", 1, "plans", "UTF-8"))
                .isEqualTo("f.csv: imported 1 row of plans (encoding UTF-8).");
        assertThat(en("cli.import.doneFollowUp", "f.csv", 2, "plans", "UTF-8"))
                .isEqualTo("f.csv: imported 2 rows of plans (encoding UTF-8).");
        assertThat(ja("cli.import.doneFollowUp", "f.csv", 1500, "計画数", "UTF-8"))
                .isEqualTo("f.csv: 計画数 を 1500 行取り込みました（文字コード UTF-8）。");
        assertThat(en("cli.trade.imported", "t.csv", "baci", 1, 1, 1))
                .isEqualTo("t.csv: format baci, 1 row read, 1 flow kept; 1 derived share.");
        assertThat(en("cli.trade.imported", "t.csv", "baci", 2_000_000L, 2, 2))
                .isEqualTo("t.csv: format baci, 2,000,000 rows read, 2 flows kept; 2 derived shares.");
        assertThat(ja("cli.trade.imported", "t.csv", "baci", 2_000_000L, 2, 2))
                .isEqualTo("t.csv: 形式 baci、2000000 行を読み、2 件のフローを保存しました。派生シェアは 2 行です。");
        assertThat(en("cli.trade.mapWritten", "m.csv", 1)).isEqualTo("m.csv: 1 commodity code written.");
        assertThat(en("cli.trade.mapWritten", "m.csv", 2)).isEqualTo("m.csv: 2 commodity codes written.");
        assertThat(en("trade.error.more", 1)).startsWith("1 more problem (");
        assertThat(en("trade.error.more", 2)).startsWith("2 more problems (");
        assertThat(en("import.error.tooLong", 2001, 2000)).isEqualTo("2001 characters, over the limit of 2000");
        assertThat(ja("import.error.tooLong", 2001, 2000)).isEqualTo("2001 文字あり、上限の 2000 文字を超えています");
        assertThat(en("import.error.missingFields", 1, 6)).isEqualTo("the row has only 1 field, fewer than the header's 6");
        assertThat(en("import.error.missingFields", 2, 6)).isEqualTo("the row has only 2 fields, fewer than the header's 6");
    }

    @Test
    void aCountryTooltipAndTheStrengthsRemainderCountTheirItems() {
        assertThat(en("graph.countryTooltip", "China", "CHN", 1, "1", "0"))
                .isEqualTo("China (CHN): supplies 1 item (1 critical, 0 high)");
        assertThat(en("graph.countryTooltip", "China", "CHN", 2, "1", "0"))
                .isEqualTo("China (CHN): supplies 2 items (1 critical, 0 high)");
        assertThat(en("leverage.below", 1, "15%")).startsWith("1 more item where");
        assertThat(en("leverage.below", 2, "15%")).startsWith("2 more items where");
    }

    /**
     * Every English message formatted with 1 for each argument: none reads "1 rows". Arguments that are
     * names come out as "1", which is harmless here.
     */
    @Test
    void noEnglishMessageReadsOneBeforeAPluralNoun() {
        ResourceBundle english = Messages.bundle(Messages.ENGLISH);
        List<String> found = new ArrayList<>();
        Object[] ones = Collections.nCopies(10, 1).toArray();
        for (String key : Collections.list(english.getKeys())) {
            String text = Messages.format(Messages.ENGLISH, key, ones);
            if (ONE_BEFORE_PLURAL.matcher(text).find()) {
                found.add(key + ": " + text);
            }
        }
        assertThat(found).isEmpty();
        assertThat(ONE_BEFORE_PLURAL.matcher("imported 1 rows of").find()).isTrue();
        assertThat(ONE_BEFORE_PLURAL.matcher("Round 2: 1 business reports").find()).isTrue();
        assertThat(ONE_BEFORE_PLURAL.matcher("imported 11 rows, 2.1 shares").find()).isFalse();
    }
}
