package tenken.views.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tenken.assets.Messages;
import tenken.graph.format.Percent;
import tenken.store.progress.ProgressMonitor;
import tenken.store.db.TenkenDatabase;
import tenken.store.io.CatalogueImporter;
import tenken.store.repo.CatalogueRepository;
import tenken.views.common.AnalysisSnapshot;

/**
 * The scenario screen's rows carry the loss range an aggregate makes (issue 12): where a designated material's
 * supply names China and India together (XCI, an aggregate of the shipped catalogue), a China cut costs nothing
 * while the aggregate keeps exporting ({@code loss}) and the aggregate's share if it stops too
 * ({@code loss_upper}). The screen shows {@link ScenarioRow#worstItem()} as the row's item, so the range must be
 * in it. The shipped EU figure that names XCI is of an item no designated material ranks by, hence a made-up
 * share file for a material the EU has no data for.
 */
class ScenarioRangeOnScreenTest {

    @TempDir
    Path dir;

    private List<ScenarioRow> chinaCutFor(String consumer) {
        TenkenDatabase database = TenkenDatabase.open(dir.resolve("seeded-" + Messages.language() + ".db"));
        new CatalogueImporter(database).importShares("made-up.csv", ("material,stage,country_iso3,share,year,source,"
                + "consumer_iso3\ncloud programs,product,XCI,0.6,2024,made-up test figure,EUU\n"
                + "cloud programs,product,USA,0.4,2024,made-up test figure,EUU\n").getBytes(StandardCharsets.UTF_8),
                null, ProgressMonitor.NONE);
        AnalysisSnapshot analysis = AnalysisSnapshot.of(new CatalogueRepository(database).load());
        return Scenarios.ranked(analysis, consumer, Scenarios.losses(analysis, consumer, Set.of("CHN"), 1.0, Set.of()));
    }

    @Test
    void aCutCountryInsideAnAggregateGivesTheRowItsLossRangeInBothLanguages() {
        for (java.util.Locale locale : List.of(Messages.JAPANESE, Messages.ENGLISH)) {
            Messages.setLocale(locale);

            List<ScenarioRow> rows = chinaCutFor("EUU");

            ScenarioRow cloud = rows.stream().filter(r -> r.key().equals("cloud programs")).findFirst().orElseThrow();
            assertThat(cloud.loss()).isCloseTo(0.0, within(1e-12));
            assertThat(cloud.lossUpper()).isCloseTo(0.6, within(1e-12));
            assertThat(cloud.worstItem()).as("the row's item names the range").contains(" — ");
            String item = cloud.worstItem().substring(0, cloud.worstItem().indexOf(" — "));
            assertThat(cloud.worstItem()).as(locale.toString())
                    .isEqualTo(Messages.get("scenarioView.range", item, Percent.of(0.0), Percent.of(0.6)));
            assertThat(rows).filteredOn(r -> r != cloud && r.loss() != null)
                    .allSatisfy(r -> assertThat(r.lossUpper()).isEqualTo(r.loss()));
        }
    }

    @Test
    void aMaterialTheCutDoesNotReachNamesNoItemThatLosesMost() {
        // A cut of a country no fertiliser or antimicrobial supply names: nothing of them is lost.
        Messages.setLocale(Messages.JAPANESE);
        TenkenDatabase database = TenkenDatabase.open(dir.resolve("unaffected.db"));
        AnalysisSnapshot analysis = AnalysisSnapshot.of(new CatalogueRepository(database).load());

        List<ScenarioRow> rows = Scenarios.ranked(analysis, "JPN",
                Scenarios.losses(analysis, "JPN", Set.of("ISL"), 1.0, Set.of()));

        assertThat(rows).filteredOn(r -> r.loss() != null && r.loss() == 0.0).isNotEmpty()
                .allSatisfy(r -> assertThat(r.worstItem()).isEqualTo("影響なし"));
    }

    /**
     * Issue 13 item 4: no data is a state of its own, never 0.0 %. Japan's imports cover every designated
     * material, so the screen's own test meets none; world production has no shares for three of them.
     */
    @Test
    void aMaterialWithoutSharesShowsNoDataNotANumberAndComesLast() {
        Messages.setLocale(Messages.JAPANESE);
        TenkenDatabase database = TenkenDatabase.open(dir.resolve("no-data.db"));
        AnalysisSnapshot analysis = AnalysisSnapshot.of(new CatalogueRepository(database).load());

        List<ScenarioRow> rows = Scenarios.ranked(analysis, "WLD",
                Scenarios.losses(analysis, "WLD", Set.of("CHN"), 1.0, Set.of()));

        List<ScenarioRow> withoutData = rows.stream().filter(r -> r.loss() == null).toList();
        assertThat(withoutData).extracting(ScenarioRow::key)
                .containsExactlyInAnyOrder("antimicrobials", "cloud programs", "natural gas");
        assertThat(withoutData).allSatisfy(r -> {
            assertThat(r.faceValue()).isNull();
            assertThat(r.worstItem()).isEqualTo(Messages.get("scenarioView.noData"));
        });
        assertThat(rows.subList(rows.size() - withoutData.size(), rows.size())).isEqualTo(withoutData);
    }

    @Test
    void withoutAnAggregateInTheDataNoRowHasARange() {
        Messages.setLocale(Messages.ENGLISH);

        List<ScenarioRow> rows = chinaCutFor("JPN");

        assertThat(rows).filteredOn(r -> r.loss() != null).isNotEmpty()
                .allSatisfy(r -> assertThat(r.lossUpper()).isEqualTo(r.loss()))
                .allSatisfy(r -> assertThat(r.worstItem()).doesNotContain(" — "));
    }
}
