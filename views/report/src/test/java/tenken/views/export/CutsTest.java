package tenken.views.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CutsTest {

    @Test
    void eachPageTakesWhatFitsAndIsCutInTheMiddleOfTheLastGapBeforeItsLimit() {
        List<double[]> rows = List.of(new double[] {0, 10}, new double[] {20, 30}, new double[] {40, 50},
                new double[] {60, 70});

        assertThat(Cuts.along(0, 70, 45, rows)).containsExactly(0.0, 35.0, 70.0);
        assertThat(Cuts.along(0, 70, 100, rows)).containsExactly(0.0, 70.0);
    }

    /** A page cut after a gap used to halve that gap for ever when the next thing was longer than a page. */
    @Test
    void somethingLongerThanAPageIsCutWhereTheFewestThingsCrossAndTheCuttingEnds() {
        List<double[]> spans = List.of(new double[] {0, 10}, new double[] {12, 100}, new double[] {12, 40},
                new double[] {38, 60}, new double[] {60.5, 100});

        List<Double> cuts = Cuts.along(0, 100, 50, spans);

        assertThat(cuts).startsWith(0.0, 11.0).endsWith(100.0);
        // From 11 the page reaches 61, inside the long span: past 36 (the page's second half), just after 60
        // crosses only the long span, 61 two spans.
        assertThat(cuts.get(2)).isCloseTo(60.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cuts).hasSize(4);
    }
}
