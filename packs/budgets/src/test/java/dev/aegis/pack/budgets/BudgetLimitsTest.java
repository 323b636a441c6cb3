package dev.aegis.pack.budgets;

import static dev.aegis.pack.budgets.BudgetsNodeTest.nanos;
import static dev.aegis.pack.budgets.BudgetsNodeTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.Usage;
import dev.aegis.pack.budgets.store.CounterValue;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which limit refuses, when it resets, and what rolls over or expires — with a clock the test moves. */
class BudgetLimitsTest {

    @TempDir
    Path directory;

    @Test
    void anExhaustedTeamBudgetRefusesUntilTheMonthEndsAndReservesNothing() {
        try (NodeFixture budgets = fixture("limits: {teams: {payments: {spend: {month: 0.41}}}}")) {
            assertThat(budgets.admit(request("run-1")).halt()).isEmpty();
            assertThat(budgets.admit(request("run-2")).halt()).isEmpty();

            RunState third = budgets.admit(request("run-3"));

            assertThat(third.halt()).hasValueSatisfying(refusal("budget_exceeded",
                    "monthly spend limit of team payments is exhausted", Instant.parse("2025-02-01T00:00:00Z")));
            assertThat(third.get(BudgetsState.RESERVATION)).isEmpty();
            assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(0, nanos("0.41")));
            assertThat(budgets.counter(NodeFixture.KEY_MONTH)).isEqualTo(new CounterValue(0, nanos("0.41")));
        }
    }

    @Test
    void aKeysDailyLimitRefusesEvenWhenTheTeamHasRoom() {
        try (NodeFixture budgets = fixture("limits: {teams: {payments: {spend: {month: 100}}}, keys: {alice: {spend: {day: 0.3}}}}")) {
            assertThat(budgets.admit(request("run-1")).halt()).isEmpty();

            assertThat(budgets.admit(request("run-2")).halt()).hasValueSatisfying(refusal("budget_exceeded",
                    "daily spend limit of key alice is exhausted", Instant.parse("2025-01-16T00:00:00Z")));
            Principal bob = Principal.of("bob", "payments");
            assertThat(budgets.admit(Runs.request("run-3", bob, "m", "abc", BudgetsNodeTest.MAX_100)).halt()).isEmpty();
        }
    }

    @Test
    void theDefaultTeamLimitAppliesToTeamsNotNamed() {
        try (NodeFixture budgets = fixture("limits: {teams: {vip: {spend: {month: 100}}}, default-team: {spend: {month: 0.3}}}")) {
            assertThat(budgets.admit(request("run-1")).halt()).isEmpty();
            assertThat(budgets.admit(request("run-2")).halt()).hasValueSatisfying(halt -> assertThat(halt.reason()).contains("team payments"));
        }
    }

    @Test
    void theDailyBudgetComesBackAtMidnightWhileTheMonthKeepsCounting() {
        try (NodeFixture budgets = fixture("reservation-ttl: 2d\nlimits: {teams: {payments: {spend: {day: 0.3}}}}")) {
            settle(budgets, budgets.admit(request("run-1")));
            assertThat(budgets.admit(request("run-2")).halt()).isEmpty();
            assertThat(budgets.admit(request("run-3")).halt()).isPresent();

            budgets.clock.set(Instant.parse("2025-01-16T00:00:00Z"));

            assertThat(budgets.admit(request("run-4")).halt()).isEmpty();
            assertThat(budgets.counter("spend:day:2025-01-16:team:payments")).isEqualTo(new CounterValue(0, nanos("0.205")));
            assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(nanos("0.045"), nanos("0.41")));
        }
    }

    @Test
    void theMonthlyBudgetRollsOverOnTheFirstInTheConfiguredZone() {
        try (NodeFixture budgets = fixture("time-zone: America/New_York\nlimits: {teams: {payments: {spend: {month: 0.3}}}}")) {
            budgets.clock.set(Instant.parse("2025-02-01T03:00:00Z")); // still January in New York
            assertThat(budgets.admit(request("run-1")).halt()).isEmpty();
            assertThat(budgets.admit(request("run-2")).halt()).hasValueSatisfying(halt -> assertThat(((Halt.Refused) halt).retryAt())
                    .contains(Instant.parse("2025-02-01T05:00:00Z")));

            budgets.clock.set(Instant.parse("2025-02-01T05:00:00Z"));

            assertThat(budgets.admit(request("run-3")).halt()).isEmpty();
        }
    }

    @Test
    void requestsPerMinuteAreLimitedInWholeMinuteWindows() {
        try (NodeFixture budgets = fixture("limits: {teams: {payments: {rpm: 2}}}")) {
            settle(budgets, budgets.admit(request("run-1")));
            assertThat(budgets.admit(request("run-2")).halt()).isEmpty();

            assertThat(budgets.admit(request("run-3")).halt()).hasValueSatisfying(refusal("rate_limited",
                    "requests-per-minute limit of team payments is exhausted", Instant.parse("2025-01-15T12:01:00Z")));

            budgets.clock.advance(Duration.ofSeconds(30));
            assertThat(budgets.admit(request("run-4")).halt()).isEmpty();
        }
    }

    @Test
    void tokensPerMinuteCountTheEstimateThenTheRealTokens() {
        // each request estimates 105 tokens; a settled one counts what it used (25)
        try (NodeFixture budgets = fixture("limits: {keys: {alice: {tpm: 240}}}")) {
            RunState first = budgets.admit(request("run-1"));
            assertThat(budgets.admit(request("run-2")).halt()).isEmpty();
            assertThat(budgets.admit(request("run-3")).halt()).hasValueSatisfying(refusal("rate_limited",
                    "tokens-per-minute limit of key alice is exhausted", Instant.parse("2025-01-15T12:01:00Z")));

            settle(budgets, first);

            assertThat(budgets.admit(request("run-4")).halt()).isEmpty();
        }
    }

    @Test
    void anUnsettledReservationExpiresAndFreesTheBudgetForTheNextRequest() {
        try (NodeFixture budgets = fixture("reservation-ttl: 1m\nsweep-interval: 10s\nlimits: {teams: {payments: {spend: {month: 0.3}}}}")) {
            RunState crashed = budgets.admit(request("run-1"));
            assertThat(budgets.admit(request("run-2")).halt()).isPresent();

            budgets.clock.advance(Duration.ofSeconds(61));

            // the sweep runs on the next request, before its own reservation
            assertThat(budgets.admit(request("run-3")).halt()).isEmpty();
            assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(0, nanos("0.205")));
            assertThat(budgets.ledger(NodeFixture.TEAM_MONTH)).isEqualTo(budgets.counter(NodeFixture.TEAM_MONTH));
            assertThat(crashed.get(BudgetsState.RESERVATION)).isPresent();
        }
    }

    @Test
    void aRunThatOutlivesItsReservationIsStillChargedWhenItEnds() {
        try (NodeFixture budgets = fixture("reservation-ttl: 1m\nlimits: {teams: {payments: {spend: {month: 1}}}}")) {
            RunState longStream = budgets.admit(request("run-1"));
            budgets.clock.advance(Duration.ofMinutes(2));
            assertThat(budgets.node.sweep()).isEqualTo(1);
            assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(CounterValue.ZERO);

            settle(budgets, longStream);

            assertThat(budgets.counter(NodeFixture.TEAM_MONTH)).isEqualTo(new CounterValue(nanos("0.045"), 0));
            assertThat(budgets.ledger(NodeFixture.TEAM_MONTH)).isEqualTo(budgets.counter(NodeFixture.TEAM_MONTH));
            assertThat(budgets.node.sweep()).isZero();
        }
    }

    private NodeFixture fixture(String limits) {
        return new NodeFixture(directory.resolve(Long.toString(System.nanoTime())), BudgetsNodeTest.PRICES + limits);
    }

    private static void settle(NodeFixture budgets, RunState admitted) {
        budgets.node.onRunEnd(Runs.answered(admitted, "m", Usage.ofTokens(5, 20)));
    }

    private static Consumer<Halt> refusal(String code, String reason, Instant retryAt) {
        return halt -> assertThat(halt).isInstanceOfSatisfying(Halt.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.kind()).isEqualTo(Halt.Refused.Kind.LIMIT);
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.retryAt()).isEqualTo(Optional.of(retryAt));
            assertThat(refused.source()).isEqualTo("budgets");
        });
    }
}
