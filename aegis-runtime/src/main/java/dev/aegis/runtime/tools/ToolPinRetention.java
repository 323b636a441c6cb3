package dev.aegis.runtime.tools;

import dev.aegis.runtime.store.Database;
import dev.aegis.runtime.store.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Retention for tool pins: a changed definition that waited in quarantine since before the cutoff
 * without anyone approving it is dropped, on pins that trust another definition. The trusted
 * definition stays, and so does a pin that never had one approved (its tool is quarantined, not
 * forgotten: forgetting it could let trust-on-first-use trust it). A server that still offers the
 * dropped definition gets it quarantined again on its next listing.
 */
public final class ToolPinRetention {

    private static final String STALE = " WHERE approved_hash IS NOT NULL AND pending_hash IS NOT NULL AND updated_at < ?";

    private final Database database;

    public ToolPinRetention(Database database) {
        this.database = database;
    }

    /** Drops up to {@code max} quarantined definitions seen first before {@code before}; how many. */
    public int dropStale(Instant before, Instant now, int max) {
        record Key(String route, String source, String tool) {}
        List<Key> due = Transactions.read(database, "list stale quarantined tools", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT route, source, tool FROM " + JdbcToolPins.TABLE + STALE
                    + " ORDER BY updated_at LIMIT ?")) {
                select.setLong(1, before.toEpochMilli());
                select.setInt(2, max);
                List<Key> keys = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        keys.add(new Key(rows.getString(1), rows.getString(2), rows.getString(3)));
                    }
                }
                return keys;
            }
        });
        if (due.isEmpty()) {
            return 0;
        }
        return Transactions.write(database, "drop stale quarantined tools", connection -> {
            int dropped = 0;
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + JdbcToolPins.TABLE
                    + " SET pending_hash = NULL, pending_description = '', pending_parameters = '', updated_at = ?" + STALE
                    + " AND route = ? AND source = ? AND tool = ?")) {
                for (Key key : due) {
                    update.setLong(1, now.toEpochMilli());
                    update.setLong(2, before.toEpochMilli());
                    update.setString(3, key.route());
                    update.setString(4, key.source());
                    update.setString(5, key.tool());
                    dropped += update.executeUpdate();
                }
            }
            return dropped;
        });
    }
}
