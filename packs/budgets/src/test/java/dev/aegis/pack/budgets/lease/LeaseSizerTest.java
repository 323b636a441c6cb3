package dev.aegis.pack.budgets.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
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

    @Test
    void aLeaseNeverHoldsMoreThanASixteenthOfItsLimitOrTwoRequests() {
        assertThat(sizer.capped(1_000, 10, OptionalLong.of(1_600), 0)).isEqualTo(100);
        assertThat(sizer.capped(1_000, 10, OptionalLong.of(1_600), 75)).as("whole requests below the cap").isEqualTo(20);
        assertThat(sizer.capped(1_000, 10, OptionalLong.of(1_600), 100)).isZero();
        assertThat(sizer.capped(1_000, 10, OptionalLong.of(50), 0)).as("a small limit still leases two requests").isEqualTo(20);
        assertThat(sizer.capped(1_000, 10, OptionalLong.empty(), 5_000)).as("no limit, no cap").isEqualTo(1_000);
    }
}
