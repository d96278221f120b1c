package tenken.graph.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void wholePercentagesHaveNoDecimalsOthersOne() {
        assertThat(Percent.of(0.8, Locale.JAPANESE)).isEqualTo("80%");
        assertThat(Percent.of(0.984, Locale.ENGLISH)).isEqualTo("98.4%");
        assertThat(Percent.of(0.9100000000000001, Locale.ENGLISH)).isEqualTo("91%");
        assertThat(Percent.oneDecimal(0.8, Locale.ENGLISH)).isEqualTo("80.0%");
    }

    @Test
    void neverMinusZero() {
        for (double tiny : new double[] {-0.0, -1e-17, -0.00004, -0.0004}) {
            assertThat(Percent.of(tiny, Locale.JAPANESE)).as("%s", tiny).isEqualTo("0%");
            assertThat(Percent.oneDecimal(tiny, Locale.ENGLISH)).as("%s", tiny).isEqualTo("0.0%");
        }
        assertThat(Percent.of(-0.0004, Locale.ENGLISH)).isEqualTo("0%");
        assertThat(Percent.oneDecimal(-0.002, Locale.ENGLISH)).isEqualTo("-0.2%");
    }
}
