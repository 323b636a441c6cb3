package dev.aegis.pack.budgets.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.aegis.api.secret.Secret;
import dev.aegis.pack.budgets.store.BudgetStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL through a HikariCP pool, at READ COMMITTED: the store locks the rows it changes
 * (counters by an upsert in key order, ledger rows with {@code FOR UPDATE}), which is what makes a
 * reservation atomic; a deadlock or serialization failure is retried from the start.
 */
final class PooledTransactions implements Transactions {

    private static final int ATTEMPTS = 5;
    // deadlock_detected, serialization_failure
    private static final Set<String> RETRYABLE = Set.of("40P01", "40001");

    private final HikariDataSource pool;

    PooledTransactions(String jdbcUrl, Optional<String> user, Optional<Secret> password, int poolSize, String poolName) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        user.ifPresent(config::setUsername);
        password.ifPresent(secret -> config.setPassword(secret.reveal()));
        config.setMaximumPoolSize(poolSize);
        config.setAutoCommit(false);
        config.setPoolName(poolName);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        try {
            this.pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            // Hikari's message names the URL and user at most; the password stays in the config object.
            throw new BudgetStoreException("cannot connect to the budgets database: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T write(String operation, SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = pool.getConnection()) {
                try {
                    T result = work.apply(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && RETRYABLE.contains(e.getSQLState())) {
                    continue;
                }
                throw new BudgetStoreException("budgets store: " + operation + " failed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public <T> T read(String operation, SqlWork<T> work) {
        return write(operation, work);
    }

    @Override
    public String lockRows() {
        return " FOR UPDATE";
    }

    @Override
    public String lockSchema() {
        // CREATE TABLE IF NOT EXISTS is not safe against a concurrent twin; this lock ends with the transaction
        return "SELECT pg_advisory_xact_lock(hashtext('aegis-budgets-schema'))";
    }

    @Override
    public void close() {
        pool.close();
    }
}
