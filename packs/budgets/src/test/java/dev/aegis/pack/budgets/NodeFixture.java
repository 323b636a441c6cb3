package dev.aegis.pack.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.pack.budgets.store.CounterValue;
import dev.aegis.pack.budgets.store.LedgerAudit;
import dev.aegis.testkit.FakePluginContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A budgets node built from YAML the way the kernel builds it, with a clock the test moves. */
final class NodeFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2025-01-15T12:00:30Z");
    static final String TEAM_MONTH = "spend:month:2025-01:team:payments";
    static final String TEAM_DAY = "spend:day:2025-01-15:team:payments";
    static final String KEY_MONTH = "spend:month:2025-01:key:alice";
    static final String KEY_DAY = "spend:day:2025-01-15:key:alice";

    final MutableClock clock = new MutableClock(START);
    final BudgetsNode node;

    NodeFixture(Path dataDirectory, String yaml) {
        BudgetsConfig config = ConfigBinding.bindYaml(BudgetsConfig.class, yaml);
        node = BudgetsFactory.node(config, FakePluginContext.named("budgets").withDataDirectory(dataDirectory).withClock(clock));
    }

    /** A node on the configured store, counting what reaches it. */
    static NodeFixture counting(Path dataDirectory, String yaml) {
        return new NodeFixture(dataDirectory, yaml, true);
    }

    private NodeFixture(Path dataDirectory, String yaml, boolean counting) {
        BudgetsConfig config = ConfigBinding.bindYaml(BudgetsConfig.class, yaml);
        FakePluginContext context = FakePluginContext.named("budgets").withDataDirectory(dataDirectory).withClock(clock);
        node = BudgetsFactory.node(config, context, new CountingStore(BudgetStores.open(config.store(), context)));
    }

    CountingStore counted() {
        return (CountingStore) node.store();
    }

    /** Runs the node on a state and returns the state after its delta, as the runtime would. */
    RunState admit(RunState state) {
        StateDelta delta = node.apply(state);
        return state.apply(delta);
    }

    CounterValue counter(String key) {
        return node.store().counters(List.of(key)).get(key);
    }

    CounterValue ledger(String key) {
        return ((LedgerAudit) node.store()).fromLedger(key);
    }

    /**
     * The counter, after checking it equals its ledger. A leasing node's keeper may write between
     * the two reads, so they are compared only when the counter read before and after agree.
     */
    CounterValue auditedCounter(String key) {
        for (int attempt = 0; ; attempt++) {
            CounterValue before = counter(key);
            CounterValue ledger = ledger(key);
            CounterValue after = counter(key);
            if (before.equals(after) || attempt == 20) {
                assertThat(ledger).as("ledger of " + key).isEqualTo(after);
                return after;
            }
        }
    }

    @Override
    public void close() {
        node.close();
    }
}
