package dev.aegis.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GenerationsTest {

    @Test
    void aSwapServesTheNewGenerationToNewLeases() {
        Generations<Plan> generations = new Generations<>(new Plan("first"));
        generations.swap(new Plan("second"));

        try (Generations<Plan>.Lease lease = generations.acquire()) {
            assertThat(lease.value().name).isEqualTo("second");
        }
        assertThat(generations.number()).isEqualTo(1);
    }

    @Test
    void aRetiredGenerationWithoutLeasesIsClosedAtOnce() {
        Plan first = new Plan("first");
        Generations<Plan> generations = new Generations<>(first);

        generations.swap(new Plan("second"));

        assertThat(first.closed).isTrue();
        assertThat(generations.retiredOpen()).isZero();
    }

    @Test
    void aRetiredGenerationIsClosedOnlyAfterItsLastLeaseIsReleased() {
        Plan first = new Plan("first");
        Generations<Plan> generations = new Generations<>(first);
        Generations<Plan>.Lease running = generations.acquire();

        generations.swap(new Plan("second"));
        assertThat(first.closed).as("closed under a running request").isFalse();
        assertThat(generations.retiredOpen()).isOne();

        running.close();
        assertThat(first.closed).isTrue();
        assertThat(generations.retiredOpen()).isZero();
    }

    @Test
    void aGenerationStaysOpenWhileAnOlderOneIsLeased() {
        Plan first = new Plan("first");
        Plan second = new Plan("second");
        Generations<Plan> generations = new Generations<>(first);
        // leased the first, then (after a swap) looked up the second: both must stay open for it
        Generations<Plan>.Lease old = generations.acquire();
        generations.swap(second);
        generations.swap(new Plan("third"));

        assertThat(second.closed).as("the second has no lease of its own, but an older lease may use it").isFalse();

        old.close();
        assertThat(first.closed).isTrue();
        assertThat(second.closed).isTrue();
    }

    @Test
    void releasingALeaseTwiceCountsOnce() {
        Plan first = new Plan("first");
        Generations<Plan> generations = new Generations<>(first);
        Generations<Plan>.Lease one = generations.acquire();
        Generations<Plan>.Lease two = generations.acquire();
        generations.swap(new Plan("second"));

        one.close();
        one.close();

        assertThat(first.closed).isFalse();
        two.close();
        assertThat(first.closed).isTrue();
    }

    @Test
    void awaitIdleWaitsForTheLastLeaseAndGivesUpAtTheBound() throws Exception {
        Generations<Plan> generations = new Generations<>(new Plan("first"));
        Generations<Plan>.Lease running = generations.acquire();

        assertThat(generations.awaitIdle(Duration.ofMillis(50))).isFalse();

        Thread release = Thread.ofVirtual().start(() -> {
            sleep(100);
            running.close();
        });
        assertThat(generations.awaitIdle(Duration.ofSeconds(30))).isTrue();
        release.join();
        assertThat(generations.leases()).isZero();
    }

    @Test
    void underConcurrentLeasesAndSwapsNoGenerationIsUsedAfterItWasClosedAndAllAreClosedInTheEnd() throws Exception {
        List<Plan> plans = new ArrayList<>();
        Plan first = new Plan("g0");
        plans.add(first);
        Generations<Plan> generations = new Generations<>(first);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger usedClosed = new AtomicInteger();
        AtomicInteger leases = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CountDownLatch started = new CountDownLatch(4);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(threads.submit(() -> {
                started.countDown();
                while (!stop.get()) {
                    try (Generations<Plan>.Lease lease = generations.acquire()) {
                        leases.incrementAndGet();
                        Plan plan = lease.value();
                        Thread.onSpinWait();
                        if (plan.closed) {
                            usedClosed.incrementAndGet();
                        }
                        // and a lookup of whatever is current now, as a handler reading the gateway does
                        if (generations.current().closed) {
                            usedClosed.incrementAndGet();
                        }
                    }
                }
            }));
        }
        started.await();
        for (int i = 1; i <= 200; i++) {
            Plan next = new Plan("g" + i);
            plans.add(next);
            generations.swap(next);
            if (i % 20 == 0) {
                Thread.sleep(1);
            }
        }
        stop.set(true);
        for (Future<?> worker : workers) {
            worker.get();
        }
        threads.shutdown();

        assertThat(leases.get()).isPositive();
        assertThat(usedClosed.get()).as("leases that saw a closed generation").isZero();
        assertThat(plans.subList(0, plans.size() - 1)).allMatch(plan -> plan.closed, "every retired generation closed");
        assertThat(plans.getLast().closed).isFalse();
        generations.closeAll();
        assertThat(plans.getLast().closed).isTrue();
        assertThat(plans).allMatch(plan -> plan.closings.get() == 1, "closed exactly once");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Plan implements AutoCloseable {

        final String name;
        final AtomicInteger closings = new AtomicInteger();
        volatile boolean closed;

        Plan(String name) {
            this.name = name;
        }

        @Override
        public void close() {
            closings.incrementAndGet();
            closed = true;
        }
    }
}
