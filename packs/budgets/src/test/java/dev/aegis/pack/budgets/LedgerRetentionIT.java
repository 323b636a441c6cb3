package dev.aegis.pack.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.pack.budgets.store.Admission;
import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.Charge;
import dev.aegis.pack.budgets.store.CounterValue;
import dev.aegis.pack.budgets.store.LedgerAudit;
import dev.aegis.pack.budgets.store.LedgerRetention;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Ledger retention on SQLite and PostgreSQL: only what no limit needs goes, and every remaining counter still matches its ledger. */
class LedgerRetentionIT {

    private static final Instant OCTOBER = Instant.parse("2024-10-20T12:00:00Z");
    private static final Instant OCTOBER_ENDS = Instant.parse("2024-11-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2025-01-15T12:00:00Z");
    private static final Instant JANUARY_ENDS = Instant.parse("2025-02-01T00:00:00Z");

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestStore.class, names = {"SQLITE", "POSTGRES"})
    void closedCountersAndTheLedgerRowsOnlyTheyNeededGoAndNothingOpenOrCurrent(TestStore kind) {
        kind.assumeReachable();
        try (TestStore.Isolated isolated = kind.isolate(); BudgetStore store = open(isolated)) {
            reserve(store, "settled-october", OCTOBER, charge("spend:month:2024-10", OCTOBER_ENDS));
            store.finish(new Settlement("settled-october", LedgerState.SETTLED, 3, 30, "m", OCTOBER));
            reserve(store, "settled-across", OCTOBER, charge("spend:month:2024-10", OCTOBER_ENDS), charge("spend:total", JANUARY_ENDS));
            store.finish(new Settlement("settled-across", LedgerState.SETTLED, 3, 30, "m", OCTOBER));
            reserve(store, "still-open", OCTOBER, charge("requests:old", OCTOBER_ENDS));

            int pruned = ((LedgerRetention) store).prune(NOW.minus(Duration.ofDays(30)), 100);

            assertThat(pruned).as("the october counter, then the one ledger row that only it needed").isEqualTo(2);
            assertThat(store.counters(List.of("spend:month:2024-10")).get("spend:month:2024-10")).isEqualTo(CounterValue.ZERO);
            for (String live : List.of("spend:total", "requests:old")) {
                assertThat(store.counters(List.of(live)).get(live)).as(live).isNotEqualTo(CounterValue.ZERO)
                        .isEqualTo(((LedgerAudit) store).fromLedger(live));
            }
            assertThat(((LedgerRetention) store).prune(NOW.minus(Duration.ofDays(30)), 100)).isZero();
            assertThat(store.finish(Settlement.release("still-open", NOW))).as("the open reservation is still there").isTrue();
        }
    }

    private BudgetStore open(TestStore.Isolated isolated) {
        StoreConfig config = ConfigBinding.bindYaml(StoreConfig.class, isolated.yaml());
        return BudgetStores.open(config, FakePluginContext.named("budgets").withDataDirectory(directory.resolve(isolated.isolation())));
    }

    private static void reserve(BudgetStore store, String id, Instant at, Charge... charges) {
        assertThat(store.reserve(new Reservation(id, "run-" + id, "team", "key", "m", "USD", 5, 50, at, at.plus(Duration.ofMinutes(15)),
                List.of(charges)))).isEqualTo(Admission.ADMITTED);
    }

    private static Charge charge(String key, Instant resetsAt) {
        return new Charge(key, Unit.MONEY, 5, OptionalLong.empty(), "limit " + key, "budget_exceeded", resetsAt);
    }
}
