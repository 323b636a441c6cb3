package dev.aegis.pack.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.pack.budgets.store.Admission;
import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.CounterValue;
import dev.aegis.pack.budgets.store.LedgerAudit;
import dev.aegis.pack.budgets.store.LedgerState;
import dev.aegis.pack.budgets.store.Reservation;
import dev.aegis.pack.budgets.store.Settlement;
import dev.aegis.pack.budgets.store.Unit;
import dev.aegis.testkit.FakePluginContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@link BudgetStore} promises, against a real SQLite file, PostgreSQL and Redis. */
class BudgetStoreIT {

    private static final Instant NOW = Instant.parse("2025-01-15T12:00:00Z");

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestStore.class)
    void aReservationThatDoesNotFitLeavesNoTrace(TestStore kind) {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate(); BudgetStore store = open(isolated)) {
            Admission refused = store.reserve(reservation(charge("a", 5, 10), charge("b", 5, 3)));

            assertThat(refused).isInstanceOfSatisfying(Admission.Refused.class, r -> assertThat(r.charge().counterKey()).isEqualTo("b"));
            assertThat(store.counters(List.of("a", "b"))).containsValues(CounterValue.ZERO, CounterValue.ZERO);
            assertThat(((LedgerAudit) store).fromLedger("a")).isEqualTo(CounterValue.ZERO);
            assertThat(store.reserve(reservation(charge("a", 5, 10)))).isEqualTo(Admission.ADMITTED);
            assertThat(store.counters(List.of("a")).get("a")).isEqualTo(new CounterValue(0, 5));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestStore.class)
    void aChargeMayFillItsLimitExactlyAndNotOneUnitMore(TestStore kind) {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate(); BudgetStore store = open(isolated)) {
            assertThat(store.reserve(reservation(charge("a", 6, 10)))).isEqualTo(Admission.ADMITTED);
            assertThat(store.reserve(reservation(charge("a", 4, 10)))).isEqualTo(Admission.ADMITTED);
            assertThat(store.reserve(reservation(charge("a", 1, 10)))).isInstanceOf(Admission.Refused.class);
            assertThat(store.reserve(reservation(charge("unlimited", Long.MAX_VALUE / 4, -1)))).isEqualTo(Admission.ADMITTED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestStore.class)
    void settlingMovesTheReservationToSpentOnceAndIgnoresUnknownIds(TestStore kind) {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate(); BudgetStore store = open(isolated)) {
            Reservation reservation = reservation(charge("money", 100, 1000), new Charge("requests", Unit.REQUESTS, 1, OptionalLong.of(5),
                    "rpm", "rate_limited", NOW.plusSeconds(60)), new Charge("tokens", Unit.TOKENS, 50, OptionalLong.empty(), "tpm",
                    "rate_limited", NOW.plusSeconds(60)));
            store.reserve(reservation);
            Settlement settled = new Settlement(reservation.id(), LedgerState.SETTLED, 30, 20, "m", NOW);

            assertThat(store.finish(settled)).isTrue();
            assertThat(store.finish(settled)).isFalse();
            assertThat(store.finish(Settlement.release(reservation.id(), NOW))).isFalse();
            assertThat(store.finish(Settlement.release("no-such-reservation", NOW))).isFalse();

            assertThat(store.counters(List.of("money", "requests", "tokens"))).containsEntry("money", new CounterValue(30, 0))
                    .containsEntry("requests", new CounterValue(1, 0)).containsEntry("tokens", new CounterValue(20, 0));
            for (String key : List.of("money", "requests", "tokens")) {
                assertThat(((LedgerAudit) store).fromLedger(key)).as(key).isEqualTo(store.counters(List.of(key)).get(key));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestStore.class)
    void anExpiredReservationIsReleasedAndALateSettlementStillCharges(TestStore kind) {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate(); BudgetStore store = open(isolated)) {
            Reservation late = reservation(charge("a", 100, 100));
            Reservation fresh = new Reservation(UUID.randomUUID().toString(), "run", "team", "key", "m", "USD", 1, 1, NOW,
                    NOW.plus(Duration.ofHours(1)), List.of(charge("b", 1, 100)));
            store.reserve(late);
            store.reserve(fresh);

            assertThat(store.expire(NOW.plus(Duration.ofMinutes(16)), 100)).isEqualTo(1);
            assertThat(store.expire(NOW.plus(Duration.ofMinutes(16)), 100)).isZero();
            assertThat(store.counters(List.of("a")).get("a")).isEqualTo(CounterValue.ZERO);
            assertThat(store.reserve(reservation(charge("a", 100, 100)))).isEqualTo(Admission.ADMITTED);

            assertThat(store.finish(new Settlement(late.id(), LedgerState.SETTLED, 7, 0, "m", NOW.plus(Duration.ofMinutes(20))))).isTrue();
            assertThat(store.finish(Settlement.release(late.id(), NOW))).isFalse();

            assertThat(store.counters(List.of("a")).get("a")).isEqualTo(new CounterValue(7, 100));
            assertThat(((LedgerAudit) store).fromLedger("a")).isEqualTo(new CounterValue(7, 100));
            assertThat(store.counters(List.of("b")).get("b")).isEqualTo(new CounterValue(0, 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestStore.class)
    void aReleasedReservationMayBeSettledLateOnceWithoutCountingTheRequestAgain(TestStore kind) {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate(); BudgetStore store = open(isolated)) {
            Reservation paused = reservation(charge("money", 50, 100), new Charge("requests", Unit.REQUESTS, 1, OptionalLong.of(5),
                    "rpm", "rate_limited", NOW.plusSeconds(60)));
            store.reserve(paused);
            assertThat(store.finish(Settlement.release(paused.id(), NOW))).isTrue();

            assertThat(store.finish(new Settlement(paused.id(), LedgerState.SETTLED, 20, 9, "m", NOW))).isTrue();
            assertThat(store.finish(new Settlement(paused.id(), LedgerState.SETTLED, 20, 9, "m", NOW))).isFalse();

            assertThat(store.counters(List.of("money", "requests")))
                    .containsEntry("money", new CounterValue(20, 0)).containsEntry("requests", new CounterValue(1, 0));
            assertThat(((LedgerAudit) store).fromLedger("money")).isEqualTo(new CounterValue(20, 0));
            assertThat(((LedgerAudit) store).fromLedger("requests")).isEqualTo(new CounterValue(1, 0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestStore.class)
    void theSchemaIsCreatedOnceAndOpeningAgainKeepsTheData(TestStore kind) {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate()) {
            try (BudgetStore store = open(isolated)) {
                store.reserve(reservation(charge("a", 3, 10)));
            }
            try (BudgetStore again = open(isolated)) {
                assertThat(again.counters(List.of("a")).get("a")).isEqualTo(new CounterValue(0, 3));
            }
        }
    }

    private BudgetStore open(TestStore.Isolated isolated) {
        StoreConfig config = ConfigBinding.bindYaml(StoreConfig.class, isolated.yaml());
        return BudgetStores.open(config, FakePluginContext.named("budgets").withDataDirectory(directory.resolve(isolated.isolation())));
    }

    private static Reservation reservation(Charge... charges) {
        return new Reservation(UUID.randomUUID().toString(), "run", "team", "key", "m", "USD", 1, 1, NOW,
                NOW.plus(Duration.ofMinutes(15)), List.of(charges));
    }

    private static Charge charge(String key, long amount, long limit) {
        return new Charge(key, Unit.MONEY, amount, limit < 0 ? OptionalLong.empty() : OptionalLong.of(limit), "limit " + key,
                "budget_exceeded", NOW.plus(Duration.ofDays(1)));
    }
}
