package dev.aegis.pack.budgets.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LeaseSizerTest {

    private final LeaseSizer sizer = new LeaseSizer(Duration.ofSeconds(2), 4);

    @Test
    void aColdCounterAsksForAFewRequestsWorth() {
        assertThat(sizer.wanted(30, 0)).isEqualTo(LeaseSizer.COLD_STEPS * 30);
    }

    @Test
    void aBusyCounterAsksForTheHorizonOfItsRateInWholeRequests() {
        assertThat(sizer.wanted(30, 1000)).isEqualTo(2010); // 2 s of 1000 per second, rounded up to 67 requests of 30
        assertThat(sizer.lowWater(30, 1000)).isEqualTo(1005);
    }
}
