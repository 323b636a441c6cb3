package dev.aegis.runtime.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs work in one write transaction of the store: committed when it returns, rolled back when it throws. */
public final class Transactions {

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** The PostgreSQL advisory lock that schema changes take, one for every Aegis table of a database. */
    private static final long SCHEMA_LOCK = 0x4165676973L;

    private Transactions() {}

    /**
     * Makes or changes tables in one write transaction. On PostgreSQL it first takes a
     * transaction-scoped advisory lock, so gateways starting together on one database make their
     * tables one after the other: {@code CREATE TABLE IF NOT EXISTS} alone races there, and the
     * loser fails on a duplicate key. On SQLite the write lock already orders them.
     */
    public static <T> T schema(Database database, String what, Work<T> work) {
        return write(database, what, connection -> {
            if (!database.isSqlite()) {
                try (Statement lock = connection.createStatement()) {
                    lock.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
                }
            }
            return work.run(connection);
        });
    }

    public static <T> T write(Database database, String what, Work<T> work) {
        try (Connection connection = database.beginWrite()) {
            try {
                T result = work.run(connection);
                database.commit(connection);
                return result;
            } catch (SQLException | RuntimeException e) {
                database.rollback(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot " + what, e);
        }
    }

    public static <T> T read(Database database, String what, Work<T> work) {
        try (Connection connection = database.dataSource().getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot " + what, e);
        }
    }
}
