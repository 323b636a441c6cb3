package dev.aegis.pack.budgets;

import dev.aegis.api.PluginContext;
import dev.aegis.api.node.PipelineNode;
import dev.aegis.api.node.PipelineNodeFactory;
import dev.aegis.pack.budgets.internal.BudgetCalendar;
import dev.aegis.pack.budgets.internal.ChargePlanner;
import dev.aegis.pack.budgets.internal.PendingRuns;
import dev.aegis.pack.budgets.internal.Price;
import dev.aegis.pack.budgets.internal.PriceTable;
import dev.aegis.pack.budgets.internal.Sweeper;
import dev.aegis.pack.budgets.lease.LeaseBook;
import dev.aegis.pack.budgets.lease.LeaseKeeper;
import dev.aegis.pack.budgets.lease.LeaseSizer;
import dev.aegis.pack.budgets.store.BudgetStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** {@code budgets}: spend, request and token limits per team and key, reserved before the model call and settled after. */
public final class BudgetsFactory implements PipelineNodeFactory<BudgetsConfig> {

    // A lease takes at most a quarter of the room left, so three more gateways can each take one.
    private static final int LEASE_SHARE = 4;

    @Override
    public String name() {
        return "budgets";
    }

    @Override
    public Class<BudgetsConfig> configType() {
        return BudgetsConfig.class;
    }

    @Override
    public PipelineNode create(BudgetsConfig config, PluginContext context) {
        return node(config, context);
    }

    /** The node with its concrete type, for tests that also settle runs and read the resource. */
    static BudgetsNode node(BudgetsConfig config, PluginContext context) {
        return node(config, context, BudgetStores.open(config.store(), context));
    }

    /** The node on a given store, for tests that watch what reaches the store. */
    static BudgetsNode node(BudgetsConfig config, PluginContext context, BudgetStore store) {
        Map<String, Price> prices = new LinkedHashMap<>();
        config.prices().forEach((model, price) -> prices.put(model, price(price)));
        PriceTable table = new PriceTable(prices, config.defaultPrice().map(BudgetsFactory::price));
        ChargePlanner planner = new ChargePlanner(config.limits(), new BudgetCalendar(config.zone()));
        PendingRuns pending = new PendingRuns();
        String source = context.instanceName();
        Optional<LeaseBook> leases = config.leases()
                ? Optional.of(new LeaseBook(store, new LeaseSizer(config.leaseHorizon(), LEASE_SHARE), config.leaseTtl()))
                : Optional.empty();
        Optional<LeaseKeeper> keeper = leases.map(book -> new LeaseKeeper(book, store, context.clock()));
        return new BudgetsNode(
                new Admitter(source, config, table, planner, store, pending, leases),
                new Settler(table, store, pending, keeper),
                new BudgetReport(config.currency(), config.limits(), planner, store,
                        leases.<ToLongFunction<String>>map(book -> book::unused).orElse(counterKey -> 0L)),
                new Sweeper(store, pending, config.sweepInterval(), config.reservationTtl(), config.retention()),
                store,
                context.clock(),
                keeper);
    }

    private static Price price(BudgetsConfig.PriceConfig price) {
        return new Price(price.input(), price.output());
    }

    @Override
    public String description() {
        return "Reserves each request's worst-case cost against team and key spend, request and token limits; settles the real cost after.";
    }
}
