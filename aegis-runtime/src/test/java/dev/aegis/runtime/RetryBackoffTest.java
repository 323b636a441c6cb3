package dev.aegis.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    @Test
    void delaysGrowExponentiallyWithinTheirJitterAndStopAtTheCap() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(50), Duration.ofMillis(300));

        for (int i = 0; i < 100; i++) {
            assertThat(backoff.delay(1)).isBetween(Duration.ofMillis(25), Duration.ofMillis(50));
            assertThat(backoff.delay(2)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(backoff.delay(3)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
            assertThat(backoff.delay(4)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
            assertThat(backoff.delay(60)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
        }
    }

    @Test
    void noBackoffNeverWaits() {
        assertThat(RetryBackoff.NONE.delay(5)).isZero();
    }

    @Test
    void aCapBelowTheBaseIsRejected() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
