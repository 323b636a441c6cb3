package dev.aegis.pack.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.state.Usage;
import dev.aegis.pack.budgets.store.CounterValue;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.aegis.pack.budgets.store.Settlement;
import dev.aegis.pack.budgets.store.LedgerState;

/** Reserve on entry, settle at run end: the node in exact mode (a reservation per request) against a real SQLite store. */
class BudgetsNodeTest {

    // 0.001 per input token, 0.002 per output token. "abc" = 1 token + 4 framing = 5 input tokens;
    // with max_tokens 100 a request reserves 0.005 + 0.2 = 0.205. Exact mode: the counters show
    // each reservation (LeasedBudgetsNodeTest covers leases).
    static final String PRICES = """
            leases: false
            prices:
              m: {input: 1000, output: 2000}
              m-big: {input: 10000, output: 20000}
            """;
    static final Map<String, String> MAX_100 = Map.of("max_tokens", "100");

    @TempDir
    Path directory;

    NodeFixture budgets;

    @BeforeEach
    void start() {
        budgets = new NodeFixture(directory, PRICES + "limits: {teams: {payments: {spend: {month: 100}}}}");
    }

    @AfterEach
    void stop() {
        budgets.close();
    }

    @Test
    void reservesTheEstimateThenSettlesAtTheRealCost() {
        RunState admitted = budgets.admit(request("run-1"));

        assertThat(admitted.halt()).isEmpty();
        assertThat(admitted.get(BudgetsState.RESERVATION)).isPresent();
        assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(0, nanos("0.205")));
        assertThat(budgets.counter(NodeFixture.KEY_DAY)).isEqualTo(new CounterValue(0, nanos("0.205")));

        budgets.node.onRunEnd(Runs.answered(admitted, "m", Usage.ofTokens(5, 20)));

        assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(nanos("0.045"), 0));
        assertThat(budgets.counter(NodeFixture.KEY_MONTH)).isEqualTo(new CounterValue(nanos("0.045"), 0));
        assertThat(budgets.ledger(NodeFixture.TEAM_MONTH)).isEqualTo(budgets.counter(NodeFixture.TEAM_MONTH));
    }

    @Test
    void theHeadroomGaugeShowsWhatEachTeamHasLeftAfterReservationsAndSettlements() {
        dev.aegis.api.telemetry.GaugeSource.Gauge money = budgets.node.gauges().stream()
                .filter(gauge -> gauge.name().equals("aegis.budget.remaining")).findFirst().orElseThrow();
        assertThat(money.read().get()).singleElement().satisfies(reading -> {
            assertThat(reading.attributes()).containsEntry("aegis.team", "payments").containsEntry("aegis.budget.period", "month");
            assertThat(reading.value()).isEqualTo(100.0);
        });

        RunState admitted = budgets.admit(request("run-1"));
        assertThat(money.read().get().getFirst().value()).isEqualTo(100 - 0.205, org.assertj.core.data.Offset.offset(1e-9));

        budgets.node.onRunEnd(Runs.answered(admitted, "m", Usage.ofTokens(5, 20)));
        assertThat(money.read().get().getFirst().value()).isEqualTo(100 - 0.045, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(money.read().get().getFirst().attributes()).doesNotContainValue("alice");
    }

    @Test
    void recordsTheReservationAsAnEvent() {
        RunState admitted = budgets.admit(request("run-1"));

        assertThat(admitted.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(BudgetsState.RESERVED_EVENT);
            assertThat(event.source()).isEqualTo("budgets");
            assertThat(event.attributes()).containsEntry("reservation", admitted.get(BudgetsState.RESERVATION).orElseThrow())
                    .containsEntry("estimated_cost", "0.205")
                    .containsEntry("currency", "USD")
                    .containsEntry("estimated_tokens", "105");
        });
    }

    @Test
    void theModelThatAnsweredSetsThePriceAndAnUnlistedOneKeepsTheAdmittedPrice() {
        RunState dated = budgets.admit(request("run-1"));
        budgets.node.onRunEnd(Runs.answered(dated, "m-big-2025-01-01", Usage.ofTokens(5, 20)));
        assertThat(budgets.counter(NodeFixture.TEAM_MONTH).spent()).isEqualTo(nanos("0.45"));

        RunState unlisted = budgets.admit(request("run-2"));
        budgets.node.onRunEnd(Runs.answered(unlisted, "mystery", Usage.ofTokens(5, 20)));
        assertThat(budgets.counter(NodeFixture.TEAM_MONTH).spent()).isEqualTo(nanos("0.495"));
    }

    @Test
    void aRunRefusedBeforeTheModelCallReleasesItsReservation() {
        RunState admitted = budgets.admit(request("run-1"));

        budgets.node.onRunEnd(admitted.apply(StateDelta.empty().halt(new Halt.Refused("ingress.2.guard", "guard_blocked", "no"))));

        assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(CounterValue.ZERO);
        assertThat(budgets.ledger(NodeFixture.TEAM_MONTH)).isEqualTo(CounterValue.ZERO);
    }

    @Test
    void aPausedRunReleasesItsReservation() {
        RunState admitted = budgets.admit(request("run-1"));

        budgets.node.onRunEnd(admitted.apply(StateDelta.empty().halt(new Halt.AwaitingApproval("ingress.2.guard", "wire transfer"))));

        assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(CounterValue.ZERO);
    }

    @Test
    void aPausedRunThatIsApprovedLaterIsChargedWhenItEnds() {
        RunState admitted = budgets.admit(request("run-1"));
        budgets.node.onRunEnd(admitted.apply(StateDelta.empty().halt(new Halt.AwaitingApproval("ingress.2.guard", "wire transfer"))));

        // the resumed run goes on after the pausing step: the budgets node does not run again
        budgets.node.onRunEnd(Runs.answered(admitted, "m", Usage.ofTokens(5, 20)));
        budgets.node.onRunEnd(Runs.answered(admitted, "m", Usage.ofTokens(5, 20)));

        assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(nanos("0.045"), 0));
        assertThat(budgets.ledger(NodeFixture.TEAM_MONTH)).isEqualTo(budgets.counter(NodeFixture.TEAM_MONTH));
    }

    @Test
    void aStreamCutAfterTheProviderReportedUsageSettlesThatUsage() {
        RunState admitted = budgets.admit(request("run-1"));
        RunState cut = admitted.apply(StateDelta.of(RunState.USAGE, Usage.ofTokens(5, 7))
                .event(Event.of("runtime", Event.FAILED, "stream cut")));

        budgets.node.onRunEnd(cut);

        assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(nanos("0.019"), 0));
    }

    @Test
    void aRunAbortedBeforeAnyUsageIsFoundByItsRunIdAndReleased() {
        RunState started = request("run-1");
        budgets.admit(started);

        // an aborted run's end carries the state it started with: no reservation key, no usage
        budgets.node.onRunEnd(started.apply(StateDelta.empty().event(Event.of("runtime", Event.FAILED, "run aborted"))));

        assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(CounterValue.ZERO);
    }

    @Test
    void aCompletedRunWhoseProviderReportedNoUsageIsChargedTheEstimate() {
        RunState admitted = budgets.admit(request("run-1"));

        budgets.node.onRunEnd(Runs.answered(admitted, "m", Usage.ZERO));

        assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(nanos("0.205"), 0));
    }

    @Test
    void settlingTwiceChangesNothing() {
        RunState admitted = budgets.admit(request("run-1"));
        RunState answered = Runs.answered(admitted, "m", Usage.ofTokens(5, 20));

        budgets.node.onRunEnd(answered);
        budgets.node.onRunEnd(answered);
        boolean again = budgets.node.store().finish(new Settlement(
                admitted.get(BudgetsState.RESERVATION).orElseThrow(), LedgerState.SETTLED,
                1, 1, "m", NodeFixture.START));

        assertThat(again).isFalse();
        assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(nanos("0.045"), 0));
    }

    @Test
    void runsTheNodeDidNotAdmitAreLeftAlone() {
        budgets.admit(request("run-1"));

        budgets.node.onRunEnd(Runs.answered(request("other-route-run"), "m", Usage.ofTokens(1000, 1000)));

        assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(0, nanos("0.205")));
    }

    @Test
    void aRepeatedStageKeepsTheRunsOneReservation() {
        RunState first = budgets.admit(request("run-1"));
        RunState second = budgets.admit(request("run-1"));

        assertThat(second.get(BudgetsState.RESERVATION)).isEqualTo(first.get(BudgetsState.RESERVATION));
        assertThat(budgets.counter(NodeFixture.TEAM_MONTH).reserved()).isEqualTo(nanos("0.205"));
    }

    @Test
    void anUnpricedModelIsRefusedAndNothingIsReserved() {
        RunState refused = budgets.admit(Runs.request("run-1", Runs.ALICE, "gpt-9", "abc", MAX_100));
        RunState unnamed = budgets.admit(Runs.request("run-2", Runs.ALICE, "", "abc", MAX_100));

        assertThat(refused.halt()).hasValueSatisfying(halt -> assertThat(halt).isInstanceOfSatisfying(Halt.Refused.class, refusal -> {
            assertThat(refusal.code()).isEqualTo("model_not_priced");
            assertThat(refusal.kind()).isEqualTo(Halt.Refused.Kind.POLICY);
            assertThat(refusal.reason()).contains("gpt-9");
        }));
        assertThat(unnamed.halt()).hasValueSatisfying(halt -> assertThat(halt.reason()).contains("names no model"));
        assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(CounterValue.ZERO);
    }

    static RunState request(String runId) {
        return Runs.request(runId, Runs.ALICE, "m", "abc", MAX_100);
    }

    static long nanos(String amount) {
        return new java.math.BigDecimal(amount).movePointRight(9).longValueExact();
    }
}
