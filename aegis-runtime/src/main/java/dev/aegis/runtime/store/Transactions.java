package dev.aegis.runtime.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one write transaction of the store: committed when it returns, rolled back when it throws. */
public final class Transactions {

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {}

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
