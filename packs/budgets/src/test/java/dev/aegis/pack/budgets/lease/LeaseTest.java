package dev.aegis.pack.budgets.lease;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.Unit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The in-memory arithmetic of one lease, under a seeded random interleaving of many threads. */
class LeaseTest {

    private static final Charge COUNTER = new Charge("spend:month:2025-01:team:payments", Unit.MONEY, 0, OptionalLong.of(1_000_000),
            "monthly spend limit of team payments", "budget_exceeded", Instant.parse("2025-02-01T00:00:00Z"));
    // small against 8 threads × up to 40 each, so admissions contend for the last units
    private static final long GRANTED = 200;

    @Test
    void manyThreadsAdmittingAndSettlingNeverHoldMoreThanTheLease() throws Exception {
        Lease lease = new Lease("lease:test:1", COUNTER);
        lease.grant(GRANTED, Instant.MAX);
        AtomicLong held = new AtomicLong();      // estimates of runs in flight
        AtomicLong spent = new AtomicLong();     // real costs of ended runs
        AtomicLong mostHeld = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> threads = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                Random random = new Random(42 + t);
                threads.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < 20_000; i++) {
                        long estimate = 1 + random.nextInt(40);
                        if (!lease.tryDebit(estimate)) {
                            refused.incrementAndGet();
                            continue;
                        }
                        // what is held by runs in flight plus what ended runs spent never passes the grant
                        long now = held.addAndGet(estimate);
                        mostHeld.accumulateAndGet(now + spent.get(), Math::max);
                        long actual = random.nextInt(4) == 0 ? 0 : random.nextLong(estimate + 1);
                        if (random.nextInt(50) == 0) {
                            Thread.yield();
                        }
                        // the lease still holds the estimate while these two move: the sum sampled is never above the truth
                        held.addAndGet(-estimate);
                        spent.addAndGet(actual);
                        lease.settle(estimate, actual);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> thread : threads) {
                thread.get();
            }
        }

        assertThat(mostHeld.get()).isLessThanOrEqualTo(GRANTED);
        assertThat(refused.get()).as("admissions that found the lease short").isPositive();
        assertThat(lease.inFlight()).isZero();
        assertThat(lease.available() + spent.get()).isEqualTo(GRANTED);
    }

    @Test
    void aRequestThatDoesNotFitLeavesTheLeaseAsItWas() {
        Lease lease = new Lease("lease:test:2", COUNTER);
        lease.grant(100, Instant.MAX);

        assertThat(lease.tryDebit(60)).isTrue();
        assertThat(lease.tryDebit(41)).isFalse();
        assertThat(lease.available()).isEqualTo(40);
        assertThat(lease.inFlight()).isEqualTo(1);

        lease.undo(60);
        assertThat(lease.available()).isEqualTo(100);
        assertThat(lease.inFlight()).isZero();
    }

    @Test
    void aSealedLeaseAdmitsNothingWhateverSettlementsHandBack() {
        Lease lease = new Lease("lease:test:3", COUNTER);
        lease.grant(100, Instant.MAX);
        assertThat(lease.tryDebit(30)).isTrue();

        assertThat(lease.seal()).isEqualTo(70);
        lease.settle(30, 0);

        assertThat(lease.sealed()).isTrue();
        assertThat(lease.tryDebit(1)).isFalse();
        assertThat(lease.seal()).isZero();
    }

    @Test
    void aCostAboveTheEstimateIsTakenFromWhatIsLeft() {
        Lease lease = new Lease("lease:test:4", COUNTER);
        lease.grant(100, Instant.MAX);
        assertThat(lease.tryDebit(10)).isTrue();

        lease.settle(10, 25);

        assertThat(lease.available()).isEqualTo(75);
    }
}
