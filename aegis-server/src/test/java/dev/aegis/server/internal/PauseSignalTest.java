package dev.aegis.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PauseSignalTest {

    @Test
    void aPulseWakesAWaiterLongBeforeItsTimeout() throws Exception {
        PauseSignal signal = new PauseSignal();
        long seen = signal.count();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            CompletableFuture<Long> woken = CompletableFuture.supplyAsync(() -> {
                signal.await(seen, Duration.ofMinutes(10));
                return signal.count();
            }, threads);
            signal.pulse();
            // a waiter that missed the pulse would sleep ten minutes
            assertThat(woken.get(60, TimeUnit.SECONDS)).isEqualTo(seen + 1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aPulseBeforeTheWaitIsNotMissed() {
        PauseSignal signal = new PauseSignal();
        long seen = signal.count();
        signal.pulse();

        assertThat(signal.await(seen, Duration.ofMinutes(10))).isTrue();
        assertThat(signal.count()).isEqualTo(seen + 1);
    }

    @Test
    void parsesWaitsUpToSixtySeconds() {
        assertThat(PauseSignal.parseWait("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(PauseSignal.parseWait("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(PauseSignal.parseWait("1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(PauseSignal.parseWait("10")).isEqualTo(Duration.ofSeconds(10));
        for (String bad : new String[] {"61s", "2m", "soon", "-1s", "1h", "", "30 s"}) {
            assertThatThrownBy(() -> PauseSignal.parseWait(bad)).as(bad)
                    .isInstanceOfSatisfying(ApiError.class, error -> assertThat(error.code()).isEqualTo("invalid_wait"));
        }
    }
}
