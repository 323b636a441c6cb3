package dev.aegis.pack.budgets.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** The body of one transaction. May run more than once when the database asks for a retry. */
@FunctionalInterface
interface SqlWork<T> {

    T apply(Connection connection) throws SQLException;
}
