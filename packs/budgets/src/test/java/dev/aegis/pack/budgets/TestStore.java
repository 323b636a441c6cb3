package dev.aegis.pack.budgets;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The three stores for parameterized tests: SQLite in the test's data directory, PostgreSQL in a
 * fresh schema, Redis under a fresh key prefix. A server that is not reachable skips the test, and
 * says so in the report.
 */
enum TestStore {
    SQLITE,
    POSTGRES,
    REDIS;

    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String REDIS_URL = "redis://127.0.0.1:6379";

    /** Skips the test when the server is not there. */
    void assumeReachable() {
        switch (this) {
            case SQLITE -> { }
            case POSTGRES -> assumeTrue(reachable(5432), "PostgreSQL at 127.0.0.1:5432 is not reachable: skipped");
            case REDIS -> assumeTrue(reachable(6379), "Redis at 127.0.0.1:6379 is not reachable: skipped");
        }
    }

    /**
     * A fresh schema or key prefix, after {@link #assumeReachable()}.
     *
     * @param yaml the {@code store:} mapping
     */
    record Isolated(TestStore kind, String isolation, String yaml) implements AutoCloseable {
        @Override
        public void close() {
            kind.cleanUp(isolation);
        }
    }

    Isolated isolate() {
        String isolation = "budgets_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new Isolated(this, isolation, yaml(isolation));
    }

    private String yaml(String isolation) {
        return switch (this) {
            case SQLITE -> "{type: sqlite}";
            case POSTGRES -> {
                execute("CREATE SCHEMA IF NOT EXISTS " + isolation);
                yield "{type: postgres, jdbc-url: '" + POSTGRES_URL + "?currentSchema=" + isolation + "', user: postgres, pool-size: 8}";
            }
            case REDIS -> "{type: redis, url: '" + REDIS_URL + "', key-prefix: " + isolation + "}";
        };
    }

    private void cleanUp(String isolation) {
        switch (this) {
            case SQLITE -> { }
            case POSTGRES -> execute("DROP SCHEMA IF EXISTS " + isolation + " CASCADE");
            case REDIS -> {
                try (RedisClient redis = RedisClient.create("127.0.0.1", 6379)) {
                    String cursor = ScanParams.SCAN_POINTER_START;
                    do {
                        ScanResult<String> page = redis.scan(cursor, new ScanParams().match("{" + isolation + "}:*").count(1000));
                        page.getResult().forEach(redis::del);
                        cursor = page.getCursor();
                    } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
                }
            }
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean reachable(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
