package dev.aegis.plugin.lucene;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * A schema of its own on PostgreSQL at 127.0.0.1:5432 (database {@code test}, user {@code postgres}),
 * dropped on close, so that runs never see each other's tables. When the server is not there the test
 * is skipped, with the reason in the report.
 */
final class TestDatabase implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String schema;

    private TestDatabase(String schema) {
        this.schema = schema;
    }

    /** A fresh schema; skips the calling test when PostgreSQL is not reachable. */
    static TestDatabase create() {
        String schema = "aegis_lucene_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        assumeTrue(execute("CREATE SCHEMA " + schema), "PostgreSQL at 127.0.0.1:5432 is not reachable: skipped");
        return new TestDatabase(schema);
    }

    /** A shared store's configuration in this schema, polling every {@code pollInterval}. */
    LuceneStoreConfig config(Duration pollInterval) {
        SharedConfig shared = new SharedConfig(SERVER + "?currentSchema=" + schema, Optional.of("postgres"), Optional.empty(), pollInterval);
        return new LuceneStoreConfig(Optional.empty(), Duration.ZERO, Optional.of(shared));
    }

    @Override
    public void close() {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
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
