package dev.aegis.pack.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.pack.budgets.store.Admission;
import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.CounterValue;
import dev.aegis.pack.budgets.store.LeaseGrant;
import dev.aegis.pack.budgets.store.LeaseRequest;
import dev.aegis.pack.budgets.store.LeasedOutcome;
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
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lease promises of every {@link BudgetStore}, against a real SQLite file, PostgreSQL and Redis. */
class LeaseStoreIT {

    private static final Instant NOW = Instant.parse("2025-01-15T12:00:00Z");
    private static final Charge COUNTER = new Charge("money", Unit.MONEY, 0, OptionalLong.of(1000), "limit", "budget_exceeded",
            NOW.plus(Duration.ofDays(1)));
    private static final Charge REPORTED = new Charge("unlimited", Unit.MONEY, 0, OptionalLong.empty(), "spend", "budget_exceeded",
            NOW.plus(Duration.ofDays(1)));

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestStore.class)
    void aLeaseIsChargedOnTheCounterInWholeStepsAndAtMostAShareOfTheRoom(TestStore kind) {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate(); BudgetStore store = open(isolated)) {
            assertThat(store.lease(lease("lease:a", 500, 30))).isEqualTo(new LeaseGrant(240, true)); // 1000 / 4, in steps of 30
            assertThat(store.lease(lease("lease:b", 500, 30))).isEqualTo(new LeaseGrant(180, true)); // 760 / 4
            assertThat(store.lease(lease("lease:a", 10, 5))).isEqualTo(new LeaseGrant(10, true));
            assertThat(counter(store)).isEqualTo(new CounterValue(0, 430));
            assertThat(audit(store)).isEqualTo(counter(store));

            // a room of 570 holds no lease of two steps of 300: that counter is served exactly
            assertThat(store.lease(lease("lease:c", 10_000, 300))).isEqualTo(new LeaseGrant(0, true));
            assertThat(store.reserve(reservation(570))).isEqualTo(Admission.ADMITTED);
            assertThat(store.reserve(reservation(1))).isInstanceOf(Admission.Refused.class);
            assertThat(counter(store)).isEqualTo(new CounterValue(0, 1000));
            assertThat(audit(store)).isEqualTo(counter(store));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestStore.class)
    void recordedRunsMoveTheirCostOutOfTheLeaseAndReturningTheLeaseGivesBackTheRest(TestStore kind) {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate(); BudgetStore store = open(isolated)) {
            store.lease(lease("lease:a", 200, 10));
            Reservation settled = reservation(30);
            Reservation released = reservation(30);
            store.record(List.of(
                    new LeasedOutcome(settled, new Settlement(settled.id(), LedgerState.SETTLED, 12, 5, "m", NOW), Map.of("money", "lease:a")),
                    new LeasedOutcome(released, Settlement.release(released.id(), NOW), Map.of("money", "lease:a"))));

            assertThat(counter(store)).isEqualTo(new CounterValue(12, 188));
            assertThat(store.counters(List.of("unlimited")).get("unlimited")).isEqualTo(new CounterValue(12, 0));
            assertThat(audit(store)).isEqualTo(counter(store));

            assertThat(store.endLease("lease:a", 180, NOW)).isTrue();
            assertThat(store.endLease("lease:a", 180, NOW)).isFalse();
            // 8 were held for a run still in flight: kept, and counted as lapsed
            assertThat(counter(store)).isEqualTo(new CounterValue(20, 0, 8));
            assertThat(audit(store)).isEqualTo(counter(store));

            // the released run is settled late, once, as any released reservation
            assertThat(store.finish(new Settlement(released.id(), LedgerState.SETTLED, 7, 3, "m", NOW))).isTrue();
            assertThat(counter(store)).isEqualTo(new CounterValue(27, 0, 8));
            assertThat(audit(store)).isEqualTo(counter(store));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestStore.class)
    void aRowSummingSeveralSettledRunsChargesTheirSumsAndCountsEachRunAsARequest(TestStore kind) {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate(); BudgetStore store = open(isolated)) {
            store.lease(lease("lease:a", 200, 10));
            Charge requests = new Charge("requests", Unit.REQUESTS, 3, OptionalLong.empty(), "rpm", "rate_limited", NOW.plus(Duration.ofMinutes(1)));
            Reservation summed = new Reservation("batch:" + UUID.randomUUID(), "batch", "team", "key", "m", "USD", 90, 3, NOW,
                    NOW.plus(Duration.ofMinutes(15)), List.of(withAmount(COUNTER, 90), withAmount(REPORTED, 90), requests));
            store.record(List.of(new LeasedOutcome(summed, new Settlement(summed.id(), LedgerState.SETTLED, 40, 15, "m", NOW),
                    Map.of("money", "lease:a"), 3)));

            assertThat(counter(store)).isEqualTo(new CounterValue(40, 160));
            assertThat(audit(store)).isEqualTo(counter(store));
            assertThat(store.counters(List.of("requests")).get("requests")).isEqualTo(new CounterValue(3, 0))
                    .isEqualTo(((LedgerAudit) store).fromLedger("requests"));
            assertThat(store.counters(List.of("unlimited")).get("unlimited")).isEqualTo(new CounterValue(40, 0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestStore.class)
    void aLapsedLeaseKeepsWhatItHeldAndCannotBeRenewed(TestStore kind) {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate(); BudgetStore store = open(isolated)) {
            store.lease(lease("lease:crashed", 200, 10));
            Reservation run = reservation(30);
            store.record(List.of(new LeasedOutcome(run, new Settlement(run.id(), LedgerState.SETTLED, 50, 5, "m", NOW),
                    Map.of("money", "lease:crashed"))));

            assertThat(store.expire(NOW.plus(Duration.ofMinutes(3)), 100)).isEqualTo(1);

            assertThat(counter(store)).isEqualTo(new CounterValue(200, 0, 150));
            assertThat(audit(store)).isEqualTo(counter(store));
            assertThat(store.lease(lease("lease:crashed", 100, 10))).isEqualTo(LeaseGrant.LAPSED);
            Reservation late = reservation(10);
            store.record(List.of(new LeasedOutcome(late, new Settlement(late.id(), LedgerState.SETTLED, 9, 1, "m", NOW),
                    Map.of("money", "lease:crashed"))));
            assertThat(counter(store)).isEqualTo(new CounterValue(209, 0, 150));
            assertThat(audit(store)).isEqualTo(counter(store));
        }
    }

    private BudgetStore open(TestStore.Isolated isolated) {
        StoreConfig config = ConfigBinding.bindYaml(StoreConfig.class, isolated.yaml());
        return BudgetStores.open(config, FakePluginContext.named("budgets").withDataDirectory(directory.resolve(isolated.isolation())));
    }

    private static LeaseRequest lease(String id, long wanted, long step) {
        return new LeaseRequest(id, COUNTER, wanted, step, 4, NOW, NOW.plus(Duration.ofMinutes(2)));
    }

    private static Reservation reservation(long amount) {
        return new Reservation(UUID.randomUUID().toString(), "run", "team", "key", "m", "USD", amount, 1, NOW,
                NOW.plus(Duration.ofMinutes(15)), List.of(withAmount(COUNTER, amount), withAmount(REPORTED, amount)));
    }

    private static Charge withAmount(Charge charge, long amount) {
        return new Charge(charge.counterKey(), charge.unit(), amount, charge.limit(), charge.description(), charge.refusalCode(), charge.resetsAt());
    }

    private static CounterValue counter(BudgetStore store) {
        return store.counters(List.of("money")).get("money");
    }

    private static CounterValue audit(BudgetStore store) {
        return ((LedgerAudit) store).fromLedger("money");
    }
}
