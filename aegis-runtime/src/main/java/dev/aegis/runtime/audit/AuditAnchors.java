package dev.aegis.runtime.audit;

import dev.aegis.runtime.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each chain's live entries continue from: the position and hash of its last archived entry
 * (position 0 and the genesis hash until something was archived). Editing an anchor shows: the first
 * live entry no longer continues from it, or, with nothing live, the head no longer matches it; and
 * the archive's last segment no longer ends in it.
 */
final class AuditAnchors {

    record Anchor(String chain, long position, String hash) {}

    private AuditAnchors() {}

    static void ensure(Database database, String chain) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO aegis_audit_anchors (chain, position, hash) "
                        + "VALUES (?, 0, '" + AuditHashes.GENESIS + "') ON CONFLICT DO NOTHING")) {
            insert.setString(1, chain);
            insert.executeUpdate();
        }
    }

    /** The chain's anchor, locked until the transaction ends (PostgreSQL; SQLite's write lock covers it). */
    static Anchor lock(Connection connection, String chain, boolean forUpdate) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT position, hash FROM aegis_audit_anchors WHERE chain = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setString(1, chain);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("the anchor of audit chain '" + chain + "' is missing");
                }
                return new Anchor(chain, row.getLong(1), row.getString(2).trim());
            }
        }
    }

    static void move(Connection connection, String chain, long position, String hash) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE aegis_audit_anchors SET position = ?, hash = ? WHERE chain = ?")) {
            update.setLong(1, position);
            update.setString(2, hash);
            update.setString(3, chain);
            update.executeUpdate();
        }
    }

    static Map<String, Anchor> all(Connection connection) throws SQLException {
        Map<String, Anchor> anchors = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT chain, position, hash FROM aegis_audit_anchors");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                anchors.put(rows.getString(1), new Anchor(rows.getString(1), rows.getLong(2), rows.getString(3).trim()));
            }
        }
        return anchors;
    }
}
