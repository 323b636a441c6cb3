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
import dev.aegis.pack.budgets.store.BudgetStore;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code budgets}: spend, request and token limits per team and key, reserved before the model call and settled after. */
public final class BudgetsFactory implements PipelineNodeFactory<BudgetsConfig> {

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
        Map<String, Price> prices = new LinkedHashMap<>();
        config.prices().forEach((model, price) -> prices.put(model, price(price)));
        PriceTable table = new PriceTable(prices, config.defaultPrice().map(BudgetsFactory::price));
        ChargePlanner planner = new ChargePlanner(config.limits(), new BudgetCalendar(config.zone()));
        BudgetStore store = BudgetStores.open(config.store(), context);
        PendingRuns pending = new PendingRuns();
        String source = context.instanceName();
        return new BudgetsNode(
                new Admitter(source, config, table, planner, store, pending),
                new Settler(table, store, pending),
                new BudgetReport(config.currency(), config.limits(), planner, store),
                new Sweeper(store, pending, config.sweepInterval(), config.reservationTtl()),
                store,
                context.clock());
    }

    private static Price price(BudgetsConfig.PriceConfig price) {
        return new Price(price.input(), price.output());
    }

    @Override
    public String description() {
        return "Reserves each request's worst-case cost against team and key spend, request and token limits; settles the real cost after.";
    }
}
