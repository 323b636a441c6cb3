package dev.aegis.pack.budgets;

import static dev.aegis.pack.budgets.BudgetsNodeTest.nanos;
import static dev.aegis.pack.budgets.BudgetsNodeTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.Usage;
import dev.aegis.pack.budgets.store.CounterValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node admitting against leases (the default), on a real SQLite store that counts its transactions. */
class LeasedBudgetsNodeTest {

    // 0.001 per input token, 0.002 per output token: "abc" with max_tokens 100 reserves 0.205
    private static final String PRICES = """
            prices:
              m: {input: 1000, output: 2000}
            """;

    @TempDir
    Path directory;

    @Test
    void requestsAdmittedAgainstALeaseReserveNothingInTheStoreAndTheirSettlementsAreWrittenInBatches() {
        try (NodeFixture budgets = NodeFixture.counting(directory, PRICES + "limits: {teams: {payments: {spend: {month: 100}}}}")) {
            RunState first = budgets.admit(request("run-0"));
            assertThat(budgets.counted().leases.get()).as("the lease taken for the cold counter").isPositive();

            List<RunState> admitted = new ArrayList<>(List.of(first));
            for (int i = 1; i < 6; i++) {
                admitted.add(budgets.admit(request("run-" + i)));
            }
            admitted.forEach(run -> budgets.node.onRunEnd(Runs.answered(run, "m", Usage.ofTokens(5, 20))));
            budgets.node.flush();

            assertThat(admitted).allSatisfy(run -> assertThat(run.halt()).isEmpty());
            assertThat(budgets.counted().reserves.get()).as("reservations in the store").isZero();
            assertThat(budgets.counted().finishes.get()).as("settlements one by one").isZero();
            assertThat(budgets.counted().recordedRuns.get()).isEqualTo(6);
            assertThat(budgets.counted().records.get()).isBetween(1, 6);
            assertThat(budgets.auditedCounter(NodeFixture.TEAM_MONTH).spent()).isEqualTo(6 * nanos("0.045"));
        }
    }

    @Test
    void aRequestsPerMinuteLimitHoldsInEachWindowAsLeasesRunOutAndTheStoreDecides() {
        try (NodeFixture budgets = new NodeFixture(directory, PRICES + "limits: {teams: {payments: {rpm: 10}}}")) {
            assertThat(admitted(budgets, "first", 15)).isEqualTo(10);

            budgets.clock.advance(Duration.ofMinutes(1));

            assertThat(admitted(budgets, "second", 15)).isEqualTo(10);
        }
    }

    @Test
    void aPausedRunGivesItsEstimateBackToTheLeaseAndIsChargedOnceWhenItEndsAfterApproval() {
        try (NodeFixture budgets = new NodeFixture(directory, PRICES + "limits: {teams: {payments: {spend: {month: 100}}}}")) {
            RunState admitted = budgets.admit(request("run-1"));
            budgets.node.onRunEnd(admitted.apply(StateDelta.empty().halt(new Halt.AwaitingApproval("ingress.2.guard", "wire transfer"))));

            budgets.node.onRunEnd(Runs.answered(admitted, "m", Usage.ofTokens(5, 20)));
            budgets.node.onRunEnd(Runs.answered(admitted, "m", Usage.ofTokens(5, 20)));
            budgets.node.returnLeases();

            assertThat(budgets.auditedCounter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(nanos("0.045"), 0));
        }
    }

    @Test
    void aRepeatedStageKeepsTheRunsOneAdmission() {
        try (NodeFixture budgets = new NodeFixture(directory, PRICES + "limits: {teams: {payments: {spend: {month: 100}}}}")) {
            RunState once = budgets.admit(request("run-1"));
            RunState twice = budgets.admit(once);
            budgets.node.onRunEnd(Runs.answered(twice, "m", Usage.ofTokens(5, 20)));
            budgets.node.returnLeases();

            assertThat(twice.get(BudgetsState.RESERVATION)).isEqualTo(once.get(BudgetsState.RESERVATION));
            assertThat(budgets.auditedCounter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(nanos("0.045"), 0));
        }
    }

    @Test
    void exactModeStillReservesEveryRequestInTheStore() {
        try (NodeFixture budgets = NodeFixture.counting(directory, PRICES + "leases: false\nlimits: {teams: {payments: {spend: {month: 100}}}}")) {
            budgets.node.onRunEnd(Runs.answered(budgets.admit(request("run-1")), "m", Usage.ofTokens(5, 20)));

            assertThat(budgets.counted().reserves.get()).isEqualTo(1);
            assertThat(budgets.counted().finishes.get()).isEqualTo(1);
            assertThat(budgets.counted().leases.get()).isZero();
        }
    }

    @Test
    void theReportCountsThisGatewaysUnusedLeaseAsRoomLeft() throws Exception {
        try (NodeFixture budgets = new NodeFixture(directory, PRICES + "limits: {teams: {payments: {spend: {month: 100}}}}")) {
            RunState run = budgets.admit(request("run-0"));
            budgets.node.onRunEnd(Runs.answered(run, "m", Usage.ofTokens(5, 20)));
            budgets.node.flush();

            JsonNode month = null;
            for (JsonNode limit : new ObjectMapper().readTree(budgets.node.render(Principal.of("alice", "payments"), Map.of()))
                    .path("teams").get(0).path("limits")) {
                if (limit.path("name").asText().equals("spend") && limit.path("period").asText().equals("month")) {
                    month = limit;
                }
            }
            assertThat(month).isNotNull();
            assertThat(month.path("reserved").decimalValue()).as("the lease is room set aside in the store").isPositive();
            assertThat(month.path("remaining").decimalValue()).as("but still the team's to spend").isEqualByComparingTo("99.955");
        }
    }

    private static int admitted(NodeFixture budgets, String prefix, int requests) {
        int admitted = 0;
        for (int i = 0; i < requests; i++) {
            if (budgets.admit(request(prefix + "-" + i)).halt().isEmpty()) {
                admitted++;
            }
        }
        return admitted;
    }
}
