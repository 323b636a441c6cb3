package dev.aegis.runtime.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.runtime.audit.TestDatabases;
import dev.aegis.runtime.durable.internal.Schema;
import dev.aegis.runtime.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gateways starting together on one empty PostgreSQL make the tables of durable runs and tool pins
 * at the same moment: each must start, none may fail on the race {@code CREATE TABLE IF NOT EXISTS}
 * alone has there.
 */
class TablesMadeTogetherIT {

    private static final int GATEWAYS = 6;

    @TempDir
    Path directory;

    @Test
    void everyGatewayStartsWhenAllMakeTheTablesAtOnce() throws Exception {
        try (Database first = TestDatabases.open("postgres", directory)) {
            List<Database> pools = new ArrayList<>();
            ExecutorService threads = Executors.newFixedThreadPool(GATEWAYS);
            try {
                for (int i = 0; i < GATEWAYS; i++) {
                    pools.add(TestDatabases.openAgain(first, directory));
                }
                CyclicBarrier start = new CyclicBarrier(GATEWAYS);
                List<Callable<Void>> starting = new ArrayList<>();
                for (Database pool : pools) {
                    starting.add(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        Schema.create(pool);
                        ToolPins.in(pool, Clock.systemUTC());
                        return null;
                    });
                }
                for (Future<Void> started : threads.invokeAll(starting)) {
                    started.get(); // throws when a gateway failed to make its tables
                }
            } finally {
                threads.shutdownNow();
                for (Database pool : pools) {
                    pool.close();
                }
            }
            try (Connection connection = first.dataSource().getConnection();
                    ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "aegis_%", new String[] {"TABLE"})) {
                List<String> names = new ArrayList<>();
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME"));
                }
                assertThat(names).contains("aegis_checkpoints", "aegis_approvals", "aegis_approval_votes", "aegis_tool_pins");
            }
        }
    }
}
