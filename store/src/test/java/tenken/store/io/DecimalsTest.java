package tenken.store.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void printsTheDataNotTheBinaryNoiseOfArithmetic() {
        assertThat(Decimals.plain(0.9100000000000001)).isEqualTo("0.91");
        assertThat(Decimals.plain(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Decimals.plain(0.3809)).isEqualTo("0.3809");
        assertThat(Decimals.plain(1.0)).isEqualTo("1");
        assertThat(Decimals.plain(25736.0)).isEqualTo("25736");
        assertThat(Decimals.plain(0.0000004)).isEqualTo("0");
    }

    @Test
    void neverPrintsMinusZero() {
        assertThat(Decimals.plain(-0.0)).isEqualTo("0");
        assertThat(Decimals.plain(-1e-17)).isEqualTo("0");
    }

    @Test
    void everyShareWithAtMostSixDecimalsReadsBackExactly() {
        for (long micro = 0; micro <= 1_000_000; micro += 997) {
            double share = micro / 1e6;
            String printed = Decimals.plain(share);
            assertThat(Double.parseDouble(printed)).as(printed).isEqualTo(share);
            assertThat(printed).matches("\\d+(\\.\\d{1,6})?");
        }
    }
}
