package dev.aegis.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * Where a gateway under test keeps its state and the budgets pack its books, and how the test reads
 * them: {@code sqlite} (both in files of the test's directory), {@code postgres} (both in a fresh
 * schema of database {@code test} at 127.0.0.1:5432) or {@code redis} (state in SQLite, budgets under a
 * fresh key prefix at 127.0.0.1:6379). A server that is not reachable skips the test, and says so.
 *
 * @param stateYaml the {@code state:} mapping
 * @param stateUser the state store's user, or null
 * @param budgetsYaml the budgets node's {@code store:} mapping
 */
record GatewayStores(String stateYaml, String stateJdbcUrl, String stateUser, String budgetsYaml, BudgetBooks books, Runnable cleanUp)
        implements AutoCloseable {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    static GatewayStores of(String kind, Path dir) {
        String sqliteState = "jdbc:sqlite:" + dir.resolve("data").resolve("aegis.db");
        String isolation = "aegis_crash_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        return switch (kind) {
            case "sqlite" -> {
                Path budgets = dir.resolve("budgets.db");
                yield new GatewayStores("{type: sqlite}", sqliteState, null, "{type: sqlite, path: \"" + budgets + "\"}",
                        BudgetBooks.sql("jdbc:sqlite:" + budgets, null), () -> { });
            }
            case "postgres" -> {
                Assumptions.assumeTrue(postgresReachable(), "PostgreSQL at 127.0.0.1:5432 (database test) is not reachable: skipped");
                execute("CREATE SCHEMA " + isolation);
                String url = POSTGRES + "?currentSchema=" + isolation;
                yield new GatewayStores("{type: postgres, jdbc-url: \"" + url + "\", user: postgres}", url, "postgres",
                        "{type: postgres, jdbc-url: \"" + url + "\", user: postgres, pool-size: 4}", BudgetBooks.sql(url, "postgres"),
                        () -> execute("DROP SCHEMA IF EXISTS " + isolation + " CASCADE"));
            }
            case "redis" -> {
                Assumptions.assumeTrue(redisReachable(), "Redis at 127.0.0.1:6379 is not reachable: skipped");
                RedisBudgetBooks books = new RedisBudgetBooks(isolation);
                yield new GatewayStores("{type: sqlite}", sqliteState, null,
                        "{type: redis, url: \"redis://127.0.0.1:6379\", key-prefix: " + isolation + "}", books, books::clear);
            }
            default -> throw new IllegalArgumentException("no such store: " + kind);
        };
    }

    /** Drops the schema or deletes the keys. */
    @Override
    public void close() {
        cleanUp.run();
    }

    /** Runs one statement on the test database (tests sharing PostgreSQL make and drop their schemas with it). */
    static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", ""); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean postgresReachable() {
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    static boolean redisReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 6379), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
