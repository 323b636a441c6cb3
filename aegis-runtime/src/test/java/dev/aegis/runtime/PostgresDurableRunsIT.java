package dev.aegis.runtime;

import dev.aegis.runtime.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Durable runs on PostgreSQL, in a schema of this class's own ({@link PostgresSchema}); skipped, visibly, when the server is not there. */
class PostgresDurableRunsIT extends DurableLifecycleContract {

    private static PostgresSchema schema;

    @BeforeAll
    static void createSchema() {
        schema = PostgresSchema.create("aegis_durable_it_");
    }

    @AfterAll
    static void dropSchema() {
        schema.drop();
    }

    @Override
    StoreConfig storeConfig() {
        return schema.storeConfig();
    }
}
