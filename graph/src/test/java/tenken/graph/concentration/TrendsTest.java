package tenken.graph.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import tenken.assets.Messages;
import tenken.graph.TestCatalogue;
import tenken.graph.evidence.Evidence;
import tenken.graph.evidence.EvidenceCalculator;
import tenken.graph.evidence.EvidenceText;
import tenken.graph.evidence.TrendFigure;
import tenken.store.assessment.Requirement;
import tenken.store.model.Catalogue;

/** Made-up shares in the shape of Japan's LNG vintages (three years of one group) and a world group. */
class TrendsTest {

    private final Catalogue catalogue = TestCatalogue.create()
            .item("lng", "natural gas")
            .share("lng", "import", "JPN", "AUS", 0.219, 2015)
            .share("lng", "import", "JPN", "QAT", 0.20, 2015)
            .share("lng", "import", "JPN", "ROW", 0.581, 2015)
            .share("lng", "import", "JPN", "AUS", 0.42, 2023)
            .share("lng", "import", "JPN", "MYS", 0.58, 2023)
            .share("lng", "import", "JPN", "AUS", 0.3809, 2024)
            .share("lng", "import", "JPN", "MYS", 0.1548, 2024)
            .share("lng", "import", "JPN", "ROW", 0.4643, 2024)
            .share("lng", "production", "WLD", "USA", 0.25, 2024)
            .share("lng", "production", "WLD", "ROW", 0.75, 2024)
            .build();

    @Test
    void oneConcentrationPerMaterialStageConsumerAndYearOldestFirst() {
        List<Concentration> trend = Trends.of(catalogue, Thresholds.from(catalogue), null);

        assertThat(trend).extracting(c -> c.item().stage(), Concentration::consumer, Concentration::year,
                Concentration::topCountry, Concentration::topShare).containsExactly(
                tuple("import", "JPN", 2015, "AUS", 0.219),
                tuple("import", "JPN", 2023, "MYS", 0.58),
                tuple("import", "JPN", 2024, "AUS", 0.3809),
                tuple("production", "WLD", 2024, "USA", 0.25));
        // 2015: 0.219² + 0.20², the rest of the world adding nothing
        assertThat(trend.get(0).hhi()).isCloseTo(0.087961, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Trends.of(catalogue, Thresholds.from(catalogue), "WLD")).hasSize(1);
    }

    @Test
    void requirementTwoEvidenceStatesJapansTrendInWords() {
        List<Evidence> evidence = new EvidenceCalculator(catalogue, tenken.store.followup.FollowUp.EMPTY).compute("natural gas").of(Requirement.EXTERNAL_DEPENDENCE);

        TrendFigure trend = evidence.stream().filter(TrendFigure.class::isInstance).map(TrendFigure.class::cast)
                .findFirst().orElseThrow();
        assertThat(trend.year()).isEqualTo("2015–2024");
        assertThat(trend.describe(new EvidenceText(catalogue, Messages.ENGLISH))).isEqualTo(
                "Top share of JPN's own sourcing (imports by origin, domestic production) of lng (import) over the years:"
                        + " 2015 AUS 21.9% → 2023 MYS 58.0% → 2024 AUS 38.1%");
    }
}
