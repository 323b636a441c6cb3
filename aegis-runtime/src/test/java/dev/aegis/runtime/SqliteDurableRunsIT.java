package dev.aegis.runtime;

import dev.aegis.runtime.store.StoreConfig;

/** Durable runs on the default store: a SQLite file in the data directory. */
class SqliteDurableRunsIT extends DurableLifecycleContract {

    @Override
    StoreConfig storeConfig() {
        return StoreConfig.DEFAULTS;
    }
}
