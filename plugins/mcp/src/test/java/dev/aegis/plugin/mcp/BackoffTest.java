package dev.aegis.plugin.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff();

    @Test
    void theFirstFailureIsRetriedAtOnce() {
        backoff.failed("it exited", 0);

        assertThat(backoff.holdsBack(0)).isEmpty();
    }

    @Test
    void repeatedFailuresWaitLongerEachTimeUpToThirtySeconds() {
        assertThat(Backoff.delay(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Backoff.delay(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Backoff.delay(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Backoff.delay(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.delay(1_000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void whileHeldBackItSaysWhyAndForHowLong() {
        backoff.failed("first", 0);
        backoff.failed("it exited with code 2", 0);

        assertThat(backoff.holdsBack(Duration.ofMillis(500).toNanos())).hasValueSatisfying(reason -> assertThat(reason)
                .isEqualTo("2 failures in a row, the last: it exited with code 2; next attempt in 1s"));
        assertThat(backoff.holdsBack(Duration.ofSeconds(1).toNanos())).isEmpty();
    }

    @Test
    void aResetForgetsTheFailures() {
        backoff.failed("a", 0);
        backoff.failed("b", 0);
        backoff.reset();

        assertThat(backoff.failures()).isZero();
        assertThat(backoff.holdsBack(0)).isEmpty();
    }
}
