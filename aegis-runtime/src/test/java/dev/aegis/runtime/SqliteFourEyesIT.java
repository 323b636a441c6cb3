package dev.aegis.runtime;

import dev.aegis.runtime.store.StoreConfig;

/** Four eyes on the default store: a SQLite file in the data directory. */
class SqliteFourEyesIT extends FourEyesContract {

    @Override
    StoreConfig storeConfig() {
        return StoreConfig.DEFAULTS;
    }
}
