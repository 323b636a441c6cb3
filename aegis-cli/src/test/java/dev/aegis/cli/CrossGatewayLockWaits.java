package dev.aegis.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches PostgreSQL while gateways write: each gateway connects under an application name of its
 * own, and every few milliseconds this samples {@code pg_stat_activity} for a session of one gateway
 * waiting on a lock that a session of another holds ({@code pg_blocking_pids}). It counts the
 * samples, those that caught an audit write of any gateway in progress (a transaction whose last
 * statement touched the audit tables), and those that caught a gateway waiting on another. Two
 * gateways configured onto one audit chain are caught waiting on each other this way.
 */
final class CrossGatewayLockWaits implements AutoCloseable {

    private static final String SAMPLE = """
            SELECT
              (SELECT count(*) FROM pg_stat_activity w
                 WHERE w.application_name LIKE ? AND w.state IN ('active', 'idle in transaction') AND w.query LIKE '%aegis_audit%'),
              (SELECT count(*) FROM pg_stat_activity w
                 WHERE w.application_name LIKE ? AND w.wait_event_type = 'Lock'
                   AND EXISTS (SELECT 1 FROM pg_stat_activity h
                                WHERE h.pid = ANY (pg_blocking_pids(w.pid))
                                  AND h.application_name LIKE ? AND h.application_name <> w.application_name))""";

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger samples = new AtomicInteger();
    private final AtomicInteger auditWritesSeen = new AtomicInteger();
    private final AtomicInteger crossWaits = new AtomicInteger();
    private final Thread sampler;

    private CrossGatewayLockWaits(String jdbcUrl, String applicationPrefix) {
        this.sampler = Thread.ofPlatform().daemon().name("lock-wait-sampler").start(() -> sample(jdbcUrl, applicationPrefix + "%"));
    }

    /** Starts sampling the sessions whose application name starts with {@code applicationPrefix}. */
    static CrossGatewayLockWaits watch(String jdbcUrl, String applicationPrefix) {
        return new CrossGatewayLockWaits(jdbcUrl, applicationPrefix);
    }

    int samples() {
        return samples.get();
    }

    int samplesWithAnAuditWrite() {
        return auditWritesSeen.get();
    }

    int crossGatewayWaits() {
        return crossWaits.get();
    }

    private void sample(String jdbcUrl, String pattern) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                PreparedStatement select = connection.prepareStatement(SAMPLE)) {
            select.setString(1, pattern);
            select.setString(2, pattern);
            select.setString(3, pattern);
            while (running.get()) {
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    samples.incrementAndGet();
                    auditWritesSeen.addAndGet(row.getLong(1) > 0 ? 1 : 0);
                    crossWaits.addAndGet((int) row.getLong(2));
                }
                Thread.sleep(5);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot sample pg_stat_activity: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        sampler.join(5_000);
    }
}
