package dev.aegis.pack.budgets;

import dev.aegis.api.PluginContext;
import dev.aegis.pack.budgets.store.BudgetStore;
import dev.aegis.pack.budgets.store.jdbc.JdbcBudgetStore;
import dev.aegis.pack.budgets.store.redis.RedisBudgetStore;

/** Opens the configured store; its schema is created (idempotently) before the first request. */
final class BudgetStores {

    private BudgetStores() {}

    static BudgetStore open(StoreConfig config, PluginContext context) {
        return switch (config.type()) {
            case SQLITE -> JdbcBudgetStore.sqlite(context.dataDirectory().resolve(config.path()));
            case POSTGRES -> JdbcBudgetStore.postgres(config.jdbcUrl().orElseThrow(), config.user(), config.password(),
                    config.poolSize(), context.instanceName());
            case REDIS -> RedisBudgetStore.connect(config.url().orElseThrow(), config.user(), config.password(),
                    config.poolSize(), config.keyPrefix(), config.ledgerRetention());
        };
    }
}
