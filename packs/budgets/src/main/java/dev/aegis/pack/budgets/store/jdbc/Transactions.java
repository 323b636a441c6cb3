package dev.aegis.pack.budgets.store.jdbc;

/** Runs work in a write transaction that serializes with every other writer of the same counters. */
interface Transactions extends AutoCloseable {

    /** Commits what {@code work} did, or rolls it all back when it throws; retries transient conflicts. */
    <T> T write(String operation, SqlWork<T> work);

    /** A read outside any write transaction. */
    <T> T read(String operation, SqlWork<T> work);

    /** Appended to the SELECT that locks ledger rows: row locks where the database has them. */
    String lockRows();

    /** Run first in the transaction that creates the schema, so two gateways starting together do not race. */
    String lockSchema();

    @Override
    void close();
}
