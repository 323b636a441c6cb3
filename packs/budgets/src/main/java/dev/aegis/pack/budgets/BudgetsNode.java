package dev.aegis.pack.budgets;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.hook.RunEndListener;
import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.resource.PublishedResource;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.api.telemetry.GaugeSource;
import dev.aegis.pack.budgets.internal.Sweeper;
import dev.aegis.pack.budgets.lease.LeaseKeeper;
import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.Unit;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code budgets} step: reserves a run's worst-case cost and rate on entry ({@link #apply}),
 * settles it at the real cost when the run ends ({@link #onRunEnd}), and publishes the balances at
 * {@code GET /v1/budgets}. Put it in a route's ingress, after the guards that may refuse cheaply.
 * With leases (the default) both happen in memory against this gateway's leases, and a background
 * keeper writes settlements in batches; {@link #close} writes what is pending and returns the leases.
 */
final class BudgetsNode implements PipelineNode, RunEndListener, PublishedResource, GaugeSource, AutoCloseable {

    static final String RESOURCE = "budgets";

    private final Admitter admitter;
    private final Settler settler;
    private final BudgetReport report;
    private final Sweeper sweeper;
    private final BudgetStore store;
    private final Clock clock;
    private final Optional<LeaseKeeper> keeper;

    BudgetsNode(Admitter admitter, Settler settler, BudgetReport report, Sweeper sweeper, BudgetStore store, Clock clock,
            Optional<LeaseKeeper> keeper) {
        this.keeper = keeper;
        this.admitter = admitter;
        this.settler = settler;
        this.report = report;
        this.sweeper = sweeper;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public StateDelta apply(RunState state) {
        sweeper.maybeSweep(clock.instant());
        return admitter.admit(state, clock.instant());
    }

    @Override
    public void onRunEnd(RunState state) {
        settler.settle(state, clock.instant());
    }

    @Override
    public String resourceName() {
        return RESOURCE;
    }

    @Override
    public String render(Principal principal, Map<String, String> query) {
        sweeper.maybeSweep(clock.instant());
        return report.render(principal, query, clock.instant());
    }

    /** Each team's headroom under each limit, read when metrics are collected. */
    @Override
    public List<Gauge> gauges() {
        return List.of(
                new Gauge("aegis.budget.remaining", "What each team has left to spend under each money limit, in the configured currency",
                        "{" + report.currency() + "}", () -> report.remaining(Unit.MONEY, clock.instant())),
                new Gauge("aegis.budget.remaining_tokens", "Tokens each team has left under each token limit", "{token}",
                        () -> report.remaining(Unit.TOKENS, clock.instant())),
                new Gauge("aegis.budget.remaining_requests", "Requests each team has left under each request limit", "{request}",
                        () -> report.remaining(Unit.REQUESTS, clock.instant())));
    }

    BudgetStore store() {
        return store;
    }

    /** Releases expired reservations now, rather than at the next sweep; how many. */
    int sweep() {
        return sweeper.sweep(clock.instant());
    }

    /** Writes the settlements of leased runs now rather than at the next group commit. */
    void flush() {
        keeper.ifPresent(LeaseKeeper::flush);
    }

    /** Writes pending settlements and returns every lease now, as a shutdown would, but stays open. */
    void returnLeases() {
        keeper.ifPresent(LeaseKeeper::returnAll);
    }

    /** Drops everything in memory as a crash would (no settlement written, no lease returned): for tests. */
    void crash() {
        keeper.ifPresent(LeaseKeeper::halt);
        store.close();
    }

    /** Writes pending settlements and returns unused leases, then closes the store. */
    @Override
    public void close() {
        try {
            keeper.ifPresent(LeaseKeeper::close);
        } finally {
            store.close();
        }
    }
}
