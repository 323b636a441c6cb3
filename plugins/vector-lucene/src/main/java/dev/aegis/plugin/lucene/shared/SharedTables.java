package dev.aegis.plugin.lucene.shared;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.aegis.plugin.lucene.SharedConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The shared store's PostgreSQL tables and connections. Collections and chunks hold the current state;
 * the change log holds, for every key that changed, the sequence number of its last change (a
 * collection's row has no record id). Writers lock the change log for the length of their transaction,
 * so sequence numbers become visible in order and a reader that has seen one has seen every lower one.
 */
final class SharedTables implements AutoCloseable {

    static final String COLLECTIONS = "aegis_vector_collections";
    static final String CHUNKS = "aegis_vector_chunks";
    static final String CHANGES = "aegis_vector_changes";

    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS " + COLLECTIONS + " (name text PRIMARY KEY, dimensions integer NOT NULL, readers text[] NOT NULL,"
                + " metadata jsonb NOT NULL, created_at timestamptz NOT NULL)",
        "CREATE TABLE IF NOT EXISTS " + CHUNKS + " (collection text NOT NULL REFERENCES " + COLLECTIONS + " (name) ON DELETE CASCADE,"
                + " id text NOT NULL, text text NOT NULL, vector bytea NOT NULL, metadata jsonb NOT NULL, PRIMARY KEY (collection, id))",
        "CREATE TABLE IF NOT EXISTS " + CHANGES + " (seq bigserial PRIMARY KEY, collection text NOT NULL, record_id text)",
        "CREATE INDEX IF NOT EXISTS " + CHANGES + "_key ON " + CHANGES + " (collection, record_id)",
    };

    private final HikariDataSource pool;

    SharedTables(SharedConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        config.user().ifPresent(hikari::setUsername);
        config.password().ifPresent(secret -> hikari.setPassword(secret.reveal()));
        hikari.setMaximumPoolSize(4);
        hikari.setAutoCommit(false);
        hikari.setPoolName("aegis-vector-lucene");
        try {
            this.pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            // Hikari's message names the URL and user at most; the password stays in its config object
            throw new IllegalStateException("lucene vector store: cannot connect to the shared database: " + e.getMessage(), e);
        }
        try {
            transaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    // two gateways starting at once must not race on CREATE TABLE IF NOT EXISTS
                    statement.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '." + CHANGES + "'))");
                    for (String ddl : SCHEMA) {
                        statement.execute(ddl);
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one READ COMMITTED transaction. */
    <T> T transaction(Work<T> work) {
        return run(Connection.TRANSACTION_READ_COMMITTED, false, work);
    }

    /** Runs {@code work} in one read-only snapshot of the database. */
    <T> T snapshot(Work<T> work) {
        return run(Connection.TRANSACTION_REPEATABLE_READ, true, work);
    }

    /** Holds back every other writer until the transaction ends (see the class comment). */
    static void lockChanges(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE " + CHANGES + " IN SHARE ROW EXCLUSIVE MODE");
        }
    }

    private <T> T run(int isolation, boolean readOnly, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setTransactionIsolation(isolation);
            connection.setReadOnly(readOnly);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SharedStoreException("lucene vector store: the shared database failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
