package dev.aegis.pack.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.Usage;
import dev.aegis.pack.budgets.store.CounterValue;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Budgets admitted against leases, on every store, with two gateways where it matters: counters
 * equal their ledgers through a mixed run, a crashed gateway's lease lapses without overspend, a
 * shutdown gives unused leases back, and a race at the limit is decided exactly.
 */
class LeasedBudgetsIT {

    static final long CENT = 10_000_000L;
    // "x" is 1 token + 4 framing; with max_tokens 15 a request estimates 20 tokens at 1000 per million: 0.02
    private static final String CONFIG = """
            prices: {m: {input: 1000, output: 1000}}
            limits: {teams: {payments: {spend: {month: %s}, rpm: 1000, tpm: 100000}}}
            store: %s
            """;
    private static final String TEAM_REQUESTS = "requests:minute:" + NodeFixture.START.getEpochSecond() / 60 + ":team:payments";
    private static final String TEAM_TOKENS = "tokens:minute:" + NodeFixture.START.getEpochSecond() / 60 + ":team:payments";
    private static final List<String> COUNTERS = List.of(NodeFixture.TEAM_MONTH, NodeFixture.TEAM_DAY, NodeFixture.KEY_MONTH, TEAM_REQUESTS, TEAM_TOKENS);

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestStore.class)
    void everyCounterEqualsItsLedgerThroughAMixOfAdmitsSettlementsReleasesAndLateSettlements(TestStore kind) {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate();
                NodeFixture first = new NodeFixture(directory, CONFIG.formatted("2.00", isolated.yaml()));
                NodeFixture second = new NodeFixture(directory, CONFIG.formatted("2.00", isolated.yaml()))) {
            Random random = new Random(7);
            List<NodeFixture> gateways = List.of(first, second);
            List<Admitted> open = new ArrayList<>();
            long spent = 0;
            long tokens = 0;
            int requests = 0;
            for (int step = 1; step <= 400; step++) {
                int dice = random.nextInt(100);
                if (dice < 50 || open.isEmpty()) {
                    NodeFixture gateway = gateways.get(random.nextInt(2));
                    RunState run = gateway.admit(Runs.request("run-" + step, Runs.ALICE, "m", "x", Map.of("max_tokens", "15")));
                    if (run.halt().isEmpty()) {
                        open.add(new Admitted(gateway, run));
                        requests++;
                    }
                } else {
                    Admitted ending = open.remove(random.nextInt(open.size()));
                    int used = 1 + random.nextInt(20);
                    Usage usage = Usage.ofTokens(used / 2, used - used / 2);
                    if (dice < 80) {
                        ending.gateway().node.onRunEnd(Runs.answered(ending.run(), "m", usage));
                    } else if (dice < 90) {
                        ending.gateway().node.onRunEnd(ending.run()); // refused downstream: released
                        used = 0;
                    } else {
                        ending.gateway().node.onRunEnd(ending.run().apply(StateDelta.empty().halt(new Halt.AwaitingApproval("guard", "wire"))));
                        ending.gateway().node.onRunEnd(Runs.answered(ending.run(), "m", usage)); // approved, resumed, settled late
                    }
                    spent += used * CENT / 10;
                    tokens += used;
                }
                if (step % 100 == 0) {
                    COUNTERS.forEach(first::auditedCounter);
                }
            }
            for (Admitted ending : open) {
                ending.gateway().node.onRunEnd(ending.run());
            }
            first.node.returnLeases();
            second.node.returnLeases();

            System.out.printf("mixed leased run [%s]: %d admitted, team month %s%n", kind, requests, first.counter(NodeFixture.TEAM_MONTH));
            assertThat(first.auditedCounter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(spent, 0));
            assertThat(first.auditedCounter(NodeFixture.TEAM_DAY)).isEqualTo(new CounterValue(spent, 0));
            assertThat(first.auditedCounter(NodeFixture.KEY_MONTH)).isEqualTo(new CounterValue(spent, 0));
            assertThat(first.auditedCounter(TEAM_REQUESTS)).isEqualTo(new CounterValue(requests, 0));
            assertThat(first.auditedCounter(TEAM_TOKENS)).isEqualTo(new CounterValue(tokens, 0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestStore.class)
    void aCrashedGatewaysLeaseLapsesWithoutOverspendAndTheReportShowsIt(TestStore kind) throws Exception {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate();
                NodeFixture survivor = new NodeFixture(directory, CONFIG.formatted("1.00", isolated.yaml()))) {
            NodeFixture crashed = new NodeFixture(directory, CONFIG.formatted("1.00", isolated.yaml()));
            List<RunState> admitted = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                admitted.add(crashed.admit(Runs.request("run-" + i, Runs.ALICE, "m", "x", Map.of("max_tokens", "15"))));
            }
            for (RunState run : admitted.subList(0, 6)) {
                crashed.node.onRunEnd(Runs.answered(run, "m", Usage.ofTokens(5, 5))); // 0.01 each, perhaps not written yet
            }
            crashed.node.crash(); // four runs in flight, settlements maybe unwritten, the lease never returned
            CounterValue leased = survivor.counter(NodeFixture.TEAM_MONTH);

            survivor.clock.advance(Duration.ofMinutes(2).plusSeconds(1));
            survivor.node.sweep();

            CounterValue lapsed = survivor.auditedCounter(NodeFixture.TEAM_MONTH);
            System.out.printf("crash [%s]: leased %s, after the lease lapsed %s%n", kind, leased, lapsed);
            assertThat(lapsed.reserved()).isZero();
            assertThat(lapsed.spent()).as("all the crashed gateway held stays charged").isEqualTo(leased.total());
            assertThat(lapsed.spent()).as("at least what it spent, and what its runs in flight may spend").isGreaterThanOrEqualTo(6 * CENT + 4 * 2 * CENT);
            assertThat(lapsed.lapsed()).isPositive().isLessThanOrEqualTo(lapsed.spent());
            JsonNode month = teamLimit(survivor, "spend", "month");
            assertThat(month.path("lapsed").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(lapsed.lapsed(), 9));

            // what is left is what the survivor may admit, and not a request more
            int room = (int) ((100 * CENT - lapsed.spent()) / (2 * CENT));
            assertThat(BudgetRaceIT.race(List.of(survivor), 100)).hasSize(room);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestStore.class)
    void closingAGatewayWritesItsPendingSettlementsAndReturnsItsUnusedLease(TestStore kind) {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate()) {
            try (NodeFixture closing = new NodeFixture(directory, CONFIG.formatted("1.00", isolated.yaml()))) {
                List<RunState> admitted = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    admitted.add(closing.admit(Runs.request("run-" + i, Runs.ALICE, "m", "x", Map.of("max_tokens", "15"))));
                }
                assertThat(closing.counter(NodeFixture.TEAM_MONTH).reserved()).isGreaterThanOrEqualTo(20 * CENT);
                for (int i = 0; i < 10; i++) {
                    closing.node.onRunEnd(i < 6 ? Runs.answered(admitted.get(i), "m", Usage.ofTokens(5, 5)) : admitted.get(i));
                }
            }
            try (NodeFixture after = new NodeFixture(directory, CONFIG.formatted("1.00", isolated.yaml()))) {
                assertThat(after.auditedCounter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(6 * CENT, 0));
                assertThat(after.auditedCounter(TEAM_REQUESTS)).isEqualTo(new CounterValue(10, 0));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestStore.class)
    void aRaceRightAtTheLimitWhereLeasesRunOutAdmitsExactlyTheRoomLeft(TestStore kind) throws Exception {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate();
                NodeFixture first = new NodeFixture(directory, CONFIG.formatted("1.00", isolated.yaml()));
                NodeFixture second = new NodeFixture(directory, CONFIG.formatted("1.00", isolated.yaml()))) {
            for (int i = 0; i < 45; i++) {
                RunState run = first.admit(Runs.request("spent-" + i, Runs.ALICE, "m", "x", Map.of("max_tokens", "15")));
                first.node.onRunEnd(Runs.answered(run, "m", Usage.ofTokens(10, 10)));
            }
            first.node.returnLeases();
            assertThat(first.counter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(90 * CENT, 0));

            // room for five requests is too little for a lease: every one is reserved in the store
            assertThat(BudgetRaceIT.race(List.of(first, second), 100)).hasSize(5);
            assertThat(first.auditedCounter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(90 * CENT, 10 * CENT));
        }
    }

    private static JsonNode teamLimit(NodeFixture gateway, String name, String period) throws Exception {
        JsonNode report = new ObjectMapper().readTree(gateway.node.render(Runs.ALICE, Map.of()));
        for (JsonNode limit : report.path("teams").get(0).path("limits")) {
            if (limit.path("name").asText().equals(name) && limit.path("period").asText().equals(period)) {
                return limit;
            }
        }
        throw new AssertionError("no " + name + " " + period + " limit in " + report);
    }

    private record Admitted(NodeFixture gateway, RunState run) {}
}
