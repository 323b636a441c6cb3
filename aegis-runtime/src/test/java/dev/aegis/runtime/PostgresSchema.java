package dev.aegis.runtime;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aegis.runtime.store.StoreConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * A schema of one test class's own on PostgreSQL at 127.0.0.1:5432 (database {@code test}, user
 * {@code postgres}), dropped afterwards. When the server is not there, every test that asks for the
 * store is skipped with the reason.
 */
final class PostgresSchema {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String name;
    private final boolean reachable;

    private PostgresSchema(String name, boolean reachable) {
        this.name = name;
        this.reachable = reachable;
    }

    /** Creates a schema named {@code prefix} and a random suffix. */
    static PostgresSchema create(String prefix) {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new PostgresSchema(name, execute("CREATE SCHEMA " + name));
    }

    void drop() {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    /** The store in this schema; checked per test, so that every skipped test is reported with the reason. */
    StoreConfig storeConfig() {
        assumeTrue(reachable, "PostgreSQL at 127.0.0.1:5432 is not reachable: skipped");
        return new StoreConfig(StoreConfig.Type.POSTGRES, Optional.empty(), Optional.of(SERVER + "?currentSchema=" + name),
                Optional.of("postgres"), Optional.empty(), 4, Optional.empty(), null);
    }

    private static boolean execute(String sql) {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("connectTimeout", "3");
        try (Connection connection = DriverManager.getConnection(SERVER, properties); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return true;
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
