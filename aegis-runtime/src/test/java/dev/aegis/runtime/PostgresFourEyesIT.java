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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Four eyes on PostgreSQL at 127.0.0.1:5432 (database {@code test}, user {@code postgres}), each
 * test class in a schema of its own, dropped afterwards. Skipped, visibly, when the server is not there.
 */
class PostgresFourEyesIT extends FourEyesContract {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "aegis_four_eyes_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static boolean reachable;

    @BeforeAll
    static void createSchema() {
        reachable = execute("CREATE SCHEMA " + SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @Override
    StoreConfig storeConfig() {
        // Checked per test, so that every skipped test is reported with the reason.
        assumeTrue(reachable, "PostgreSQL at 127.0.0.1:5432 is not reachable: skipped");
        return new StoreConfig(StoreConfig.Type.POSTGRES, Optional.empty(), Optional.of(SERVER + "?currentSchema=" + SCHEMA),
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
