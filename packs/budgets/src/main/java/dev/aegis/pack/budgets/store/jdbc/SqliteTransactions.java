package dev.aegis.pack.budgets.store.jdbc;

import dev.aegis.pack.budgets.store.BudgetStoreException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * One connection to the SQLite file, used by one thread at a time. Writes run in
 * {@code BEGIN IMMEDIATE} transactions: SQLite takes its write lock at the start, so two writers —
 * threads here, or other processes on the same file — never interleave a read of a counter with
 * another's update of it. WAL lets readers of other processes carry on meanwhile.
 */
final class SqliteTransactions implements Transactions {

    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    // A lock rather than synchronized: waiting virtual threads then release their carrier.
    private final ReentrantLock lock = new ReentrantLock();
    private final Connection connection;

    SqliteTransactions(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL in WAL mode survives a crash of the process; only a power loss may forget the last commits.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        ownerOnly(file);
        try {
            this.connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new BudgetStoreException("cannot open the budgets database " + file.getFileName(), e);
        }
    }

    // The ledger names teams and keys: made readable by its owner only before SQLite opens it (SQLite
    // gives its -wal and -shm files the database file's mode).
    private static void ownerOnly(Path file) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix") || Files.exists(file)) {
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
            // theirs is opened below
        } catch (IOException e) {
            throw new BudgetStoreException("cannot create the budgets database " + file.getFileName(), e);
        }
    }

    @Override
    public <T> T write(String operation, SqlWork<T> work) {
        lock.lock();
        try (Statement statement = connection.createStatement()) {
            // Explicit statements, not setAutoCommit(false): the driver would open the next
            // transaction right after each commit and hold the file's write lock between requests.
            statement.execute("BEGIN IMMEDIATE");
            try {
                T result = work.apply(connection);
                statement.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new BudgetStoreException("budgets store: " + operation + " failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T read(String operation, SqlWork<T> work) {
        lock.lock();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new BudgetStoreException("budgets store: " + operation + " failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String lockRows() {
        return ""; // BEGIN IMMEDIATE already holds the database's only write lock
    }

    @Override
    public String lockSchema() {
        return "SELECT 1"; // BEGIN IMMEDIATE again
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new BudgetStoreException("closing the budgets database failed", e);
        } finally {
            lock.unlock();
        }
    }
}
