package dev.aegis.pack.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.state.RunState;
import dev.aegis.api.state.Usage;
import dev.aegis.pack.budgets.store.CounterValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two hundred requests at once against a team budget with room for exactly fifty: no store may
 * admit a fifty-first, with leases (taken, refilled, run out, then exact reservations near the limit)
 * or without, and afterwards the ledger adds up to the counter.
 */
class BudgetRaceIT {

    private static final int REQUESTS = 200;
    private static final int ROOM = 50;
    private static final long FIFTIETH = 20_000_000L;
    // "x" is 1 token + 4 framing; with max_tokens 15 a request estimates 20 tokens at 1000 per
    // million = 0.02, exactly a fiftieth of the 1.00 limit.
    private static final String CONFIG = """
            prices: {m: {input: 1000, output: 1000}}
            limits: {teams: {payments: {spend: {month: 1.00}}}}
            leases: %s
            store: %s
            """;

    @TempDir
    Path directory;

    static Stream<Arguments> storesAndModes() {
        return Arrays.stream(TestStore.values()).flatMap(store -> Stream.of(Arguments.of(store, true), Arguments.of(store, false)));
    }

    @ParameterizedTest(name = "{0}, leases {1}")
    @MethodSource("storesAndModes")
    void concurrentRequestsNeverOverspendAndTheLedgerMatchesTheCounter(TestStore kind, boolean leases) throws Exception {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate();
                NodeFixture budgets = new NodeFixture(directory, CONFIG.formatted(leases, isolated.yaml()))) {
            ConcurrentLinkedQueue<RunState> admitted = race(List.of(budgets));

            CounterValue reserved = budgets.counter(NodeFixture.TEAM_MONTH);
            System.out.printf("budget race [%s, leases %s]: %d of %d admitted; counter %s; ledger %s%n",
                    kind, leases, admitted.size(), REQUESTS, reserved, budgets.ledger(NodeFixture.TEAM_MONTH));
            assertThat(admitted.size()).as("admitted requests").isEqualTo(ROOM);
            assertThat(reserved).isEqualTo(new CounterValue(0, ROOM * FIFTIETH));
            assertThat(budgets.ledger(NodeFixture.TEAM_MONTH)).isEqualTo(reserved);

            // half answer (5 + 5 tokens = 0.01), half are refused downstream and release
            int i = 0;
            for (RunState run : admitted) {
                budgets.node.onRunEnd(i++ % 2 == 0 ? Runs.answered(run, "m", Usage.ofTokens(5, 5)) : run);
            }
            budgets.node.returnLeases();

            CounterValue settled = budgets.counter(NodeFixture.TEAM_MONTH);
            System.out.printf("budget race [%s, leases %s]: after settling counter %s; ledger %s%n",
                    kind, leases, settled, budgets.ledger(NodeFixture.TEAM_MONTH));
            assertThat(settled).isEqualTo(new CounterValue(25 * FIFTIETH / 2, 0));
            assertThat(budgets.ledger(NodeFixture.TEAM_MONTH)).isEqualTo(settled);
        }
    }

    @ParameterizedTest(name = "{0}, leases {1}")
    @MethodSource("storesAndModes")
    void twoGatewaysSharingAStoreNeverOverspendTogether(TestStore kind, boolean leases) throws Exception {
        kind.assumeReachable();
        // for SQLite: two connections to one file, as two processes on one host would have
        try (TestStore.Isolated isolated = kind.isolate();
                NodeFixture first = new NodeFixture(directory, CONFIG.formatted(leases, isolated.yaml()));
                NodeFixture second = new NodeFixture(directory, CONFIG.formatted(leases, isolated.yaml()))) {
            ConcurrentLinkedQueue<RunState> admitted = race(List.of(first, second));

            System.out.printf("budget race, two gateways [%s, leases %s]: %d of %d admitted%n", kind, leases, admitted.size(), REQUESTS);
            assertThat(admitted.size()).as("admitted requests").isEqualTo(ROOM);
            assertThat(first.counter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(0, ROOM * FIFTIETH));
            assertThat(second.ledger(NodeFixture.TEAM_MONTH)).isEqualTo(first.counter(NodeFixture.TEAM_MONTH));
        }
    }

    /** Sends the requests all at once, spread over the gateways; returns the admitted runs. */
    static ConcurrentLinkedQueue<RunState> race(List<NodeFixture> gateways) throws Exception {
        return race(gateways, REQUESTS);
    }

    static ConcurrentLinkedQueue<RunState> race(List<NodeFixture> gateways, int requests) throws Exception {
        ConcurrentLinkedQueue<RunState> admitted = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> pending = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                NodeFixture gateway = gateways.get(i % gateways.size());
                RunState request = Runs.request("run-" + i, Runs.ALICE, "m", "x", Map.of("max_tokens", "15"));
                pending.add(threads.submit(() -> {
                    go.await();
                    RunState after = gateway.admit(request);
                    if (after.halt().isEmpty()) {
                        admitted.add(after);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> request : pending) {
                request.get();
            }
        }
        return admitted;
    }
}
