package dev.aegis.runtime.audit;

import com.zaxxer.hikari.HikariDataSource;
import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.StoreConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/** Real databases for tests: SQLite in a temporary directory, PostgreSQL in a fresh schema when it is reachable. */
public final class TestDatabases {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    private TestDatabases() {}

    public static Database open(String kind, Path directory) throws SQLException {
        if (kind.equals("sqlite")) {
            return Database.open(StoreConfig.DEFAULTS, directory);
        }
        Assumptions.assumeTrue(postgresReachable(), "PostgreSQL at 127.0.0.1:5432 (database test) is not reachable: skipped");
        String schema = "aegis_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", ""); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return Database.open(new StoreConfig(StoreConfig.Type.POSTGRES, Optional.empty(), Optional.of(POSTGRES + "?currentSchema=" + schema),
                Optional.of("postgres"), Optional.empty(), 8, Optional.empty(), null), directory);
    }

    /** A second pool on the store {@code database} opened, as another gateway sharing it would have. */
    public static Database openAgain(Database database, Path directory) {
        return Database.open(config(database), directory);
    }

    /** The configuration of the store {@code database} opened. */
    public static StoreConfig config(Database database) {
        if (database.isSqlite()) {
            return StoreConfig.DEFAULTS;
        }
        String url = ((HikariDataSource) database.dataSource()).getJdbcUrl();
        return new StoreConfig(StoreConfig.Type.POSTGRES, Optional.empty(), Optional.of(url), Optional.of("postgres"), Optional.empty(), 8,
                Optional.empty(), null);
    }

    static boolean postgresReachable() {
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
