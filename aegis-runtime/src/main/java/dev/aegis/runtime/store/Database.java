package dev.aegis.runtime.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The state store's connection pool, SQLite or PostgreSQL, and what differs between them. SQLite
 * runs in WAL mode with a busy timeout and one writer at a time (its own rule); writes that must be
 * atomic across processes open their transaction with {@link #beginWrite}.
 */
public final class Database implements AutoCloseable {

    private final StoreConfig.Type type;
    private final HikariDataSource pool;

    private Database(StoreConfig.Type type, HikariDataSource pool) {
        this.type = type;
        this.pool = pool;
    }

    /** @param dataDirectory where the default SQLite file goes */
    public static Database open(StoreConfig config, Path dataDirectory) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("aegis-state");
        hikari.setMaximumPoolSize(config.maxConnections());
        if (config.type() == StoreConfig.Type.SQLITE) {
            Path file = config.path().map(Path::of).orElse(dataDirectory.resolve("aegis.db"));
            privateFiles(file);
            hikari.setJdbcUrl("jdbc:sqlite:" + file.toAbsolutePath());
            hikari.setConnectionInitSql("PRAGMA busy_timeout = 10000");
            hikari.addDataSourceProperty("journal_mode", "WAL");
            hikari.addDataSourceProperty("synchronous", config.sqliteSync().name());
        } else {
            hikari.setJdbcUrl(config.jdbcUrl().orElseThrow());
            config.user().ifPresent(hikari::setUsername);
            config.password().ifPresent(password -> hikari.setPassword(password.reveal()));
        }
        return new Database(config.type(), new HikariDataSource(hikari));
    }

    public DataSource dataSource() {
        return pool;
    }

    public StoreConfig.Type type() {
        return type;
    }

    public boolean isSqlite() {
        return type == StoreConfig.Type.SQLITE;
    }

    /**
     * A connection in a transaction that holds the write lock from its first statement: SQLite's
     * {@code BEGIN IMMEDIATE}, PostgreSQL's ordinary transaction (callers lock the rows they need).
     */
    public Connection beginWrite() throws SQLException {
        Connection connection = pool.getConnection();
        try {
            if (isSqlite()) {
                connection.setAutoCommit(true);
                try (Statement begin = connection.createStatement()) {
                    begin.execute("BEGIN IMMEDIATE");
                }
            } else {
                connection.setAutoCommit(false);
            }
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Commits a {@link #beginWrite} transaction. */
    public void commit(Connection connection) throws SQLException {
        if (isSqlite()) {
            try (Statement commit = connection.createStatement()) {
                commit.execute("COMMIT");
            }
        } else {
            connection.commit();
        }
    }

    /** Rolls a {@link #beginWrite} transaction back, quietly: the original failure is what matters. */
    public void rollback(Connection connection) {
        try {
            if (isSqlite()) {
                try (Statement rollback = connection.createStatement()) {
                    rollback.execute("ROLLBACK");
                }
            } else {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is closed next; the transaction dies with it
        }
    }

    /** The column type of an auto-incremented id. */
    public String identityColumn() {
        return isSqlite() ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY";
    }

    /** The column type of binary data. */
    public String bytesColumn() {
        return isSqlite() ? "BLOB" : "BYTEA";
    }

    @Override
    public void close() {
        pool.close();
    }

    // Made 0600 before SQLite opens it: SQLite gives the -wal and -shm files the database file's mode.
    private static void privateFiles(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            PrivateFiles.tighten(Path.of(file + suffix));
        }
        PrivateFiles.createFile(file);
    }
}
