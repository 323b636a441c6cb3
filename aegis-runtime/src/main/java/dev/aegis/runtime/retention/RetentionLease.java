package dev.aegis.runtime.retention;

import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.Transactions;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * A named lease in the state store, so that of several gateways sharing it one at a time sweeps. A
 * holder keeps it by renewing it before it runs out; a holder that crashed loses it when it does.
 * One conditional update takes it, which both SQLite and PostgreSQL apply to one holder only.
 */
final class RetentionLease {

    private final Database database;
    private final String name;

    RetentionLease(Database database, String name) {
        this.database = database;
        this.name = name;
        Transactions.schema(database, "create the table of leases", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS aegis_leases (name VARCHAR(100) PRIMARY KEY, holder VARCHAR(200) NOT NULL, "
                        + "expires_at BIGINT NOT NULL)");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO aegis_leases (name, holder, expires_at) VALUES (?, '', 0) ON CONFLICT DO NOTHING")) {
                insert.setString(1, name);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Takes the lease, or renews it when {@code holder} has it; whether {@code holder} has it now. */
    boolean acquire(String holder, Instant now, Duration ttl) {
        return Transactions.write(database, "take the " + name + " lease", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE aegis_leases SET holder = ?, expires_at = ?"
                    + " WHERE name = ? AND (holder = ? OR expires_at <= ?)")) {
                update.setString(1, holder);
                update.setLong(2, now.plus(ttl).toEpochMilli());
                update.setString(3, name);
                update.setString(4, holder);
                update.setLong(5, now.toEpochMilli());
                return update.executeUpdate() == 1;
            }
        });
    }

    void release(String holder) {
        Transactions.write(database, "release the " + name + " lease", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE aegis_leases SET expires_at = 0 WHERE name = ? AND holder = ?")) {
                update.setString(1, name);
                update.setString(2, holder);
                return update.executeUpdate();
            }
        });
    }
}
