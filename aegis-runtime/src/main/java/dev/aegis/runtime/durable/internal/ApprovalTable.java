package dev.aegis.runtime.durable.internal;

import dev.aegis.runtime.durable.Approval;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of {@code aegis_approvals} and the approvals given so far ({@code aegis_approval_votes}).
 * A decision first locks the request's row ({@link #lockPending}), so concurrent decisions about one
 * run are taken one after the other; the final one is a compare-and-set on {@code status}: only the
 * update that finds the row still pending (and not overdue) changes it, so of two concurrent
 * decisions exactly one wins, on SQLite and on PostgreSQL alike.
 */
final class ApprovalTable {

    private static final String COLUMNS =
            "run_id, route, principal_id, team, reason, guard, created_at, expires_at, status, decided_by, decided_at, rules";
    private static final String PENDING = Approval.Status.PENDING.wireName();

    private ApprovalTable() {}

    /** A new request, or the next request of a run that paused before. */
    static void upsertPending(Connection connection, Approval approval) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + Schema.APPROVALS + " (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?) ON CONFLICT (run_id) DO UPDATE SET"
                + " route = excluded.route, principal_id = excluded.principal_id, team = excluded.team,"
                + " reason = excluded.reason, guard = excluded.guard, created_at = excluded.created_at,"
                + " expires_at = excluded.expires_at, status = excluded.status, decided_by = NULL, decided_at = NULL,"
                + " rules = excluded.rules")) {
            upsert.setString(1, approval.runId());
            upsert.setString(2, approval.route());
            upsert.setString(3, approval.principalId());
            upsert.setString(4, approval.team());
            upsert.setString(5, approval.reason());
            upsert.setString(6, approval.guard());
            upsert.setLong(7, approval.created().toEpochMilli());
            upsert.setLong(8, approval.expires().toEpochMilli());
            upsert.setString(9, PENDING);
            upsert.setString(10, String.join(",", approval.rules()));
            upsert.executeUpdate();
        }
        // approvals given to the run's previous request do not count towards this one
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + Schema.VOTES + " WHERE run_id = ?")) {
            delete.setString(1, approval.runId());
            delete.executeUpdate();
        }
    }

    /**
     * Locks the row of a pending, not yet overdue request of {@code route} until the transaction
     * ends (SQLite's writers are serial anyway); whether there is one. A decision that waited here
     * for another to commit then sees what that one did.
     */
    static boolean lockPending(Connection connection, String runId, String route, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + Schema.APPROVALS + " SET status = status"
                + " WHERE run_id = ? AND route = ? AND status = ? AND expires_at > ?")) {
            update.setString(1, runId);
            update.setString(2, route);
            update.setString(3, PENDING);
            update.setLong(4, now.toEpochMilli());
            return update.executeUpdate() == 1;
        }
    }

    /** Counts {@code approver}'s approval of the run's pending request; false when they had given it already. */
    static boolean addVote(Connection connection, String runId, String approver, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + Schema.VOTES + " (run_id, approver, approved_at)"
                + " VALUES (?, ?, ?) ON CONFLICT (run_id, approver) DO NOTHING")) {
            insert.setString(1, runId);
            insert.setString(2, approver);
            insert.setLong(3, now.toEpochMilli());
            return insert.executeUpdate() == 1;
        }
    }

    /** Who approved the run's current request so far, in order. */
    static List<String> votes(Connection connection, String runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT approver FROM " + Schema.VOTES
                + " WHERE run_id = ? ORDER BY approved_at, approver")) {
            select.setString(1, runId);
            List<String> approvers = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    approvers.add(row.getString(1));
                }
            }
            return approvers;
        }
    }

    /** Decides a pending, not yet overdue request of {@code route}; whether this call won. */
    static boolean decide(Connection connection, String runId, String route, Approval.Status status, String decidedBy, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + Schema.APPROVALS
                + " SET status = ?, decided_by = ?, decided_at = ?"
                + " WHERE run_id = ? AND route = ? AND status = ? AND expires_at > ?")) {
            update.setString(1, status.wireName());
            update.setString(2, decidedBy);
            update.setLong(3, now.toEpochMilli());
            update.setString(4, runId);
            update.setString(5, route);
            update.setString(6, PENDING);
            update.setLong(7, now.toEpochMilli());
            return update.executeUpdate() == 1;
        }
    }

    /** Expires a pending request that is overdue at {@code now}; whether this call did. */
    static boolean expire(Connection connection, String runId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + Schema.APPROVALS
                + " SET status = ?, decided_at = ? WHERE run_id = ? AND status = ? AND expires_at <= ?")) {
            update.setString(1, Approval.Status.EXPIRED.wireName());
            update.setLong(2, now.toEpochMilli());
            update.setString(3, runId);
            update.setString(4, PENDING);
            update.setLong(5, now.toEpochMilli());
            return update.executeUpdate() == 1;
        }
    }

    /** The runs of up to {@code max} requests decided before {@code before}, oldest decision first. */
    static List<String> decidedBefore(Connection connection, Instant before, int max) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT run_id FROM " + Schema.APPROVALS
                + " WHERE status <> ? AND decided_at < ? ORDER BY decided_at, run_id LIMIT ?")) {
            select.setString(1, PENDING);
            select.setLong(2, before.toEpochMilli());
            select.setInt(3, max);
            List<String> runs = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    runs.add(row.getString(1));
                }
            }
            return runs;
        }
    }

    /**
     * Deletes those of the runs' requests still decided before {@code before} (one may have paused
     * anew since it was listed), with their votes; how many requests.
     */
    static int deleteDecided(Connection connection, List<String> runs, Instant before) throws SQLException {
        String in = " IN (" + "?, ".repeat(runs.size() - 1) + "?)";
        try (PreparedStatement votes = connection.prepareStatement("DELETE FROM " + Schema.VOTES + " WHERE run_id" + in
                + " AND run_id IN (SELECT run_id FROM " + Schema.APPROVALS + " WHERE status <> ? AND decided_at < ?)");
                PreparedStatement requests = connection.prepareStatement("DELETE FROM " + Schema.APPROVALS + " WHERE run_id" + in
                        + " AND status <> ? AND decided_at < ?")) {
            for (PreparedStatement delete : List.of(votes, requests)) {
                for (int i = 0; i < runs.size(); i++) {
                    delete.setString(i + 1, runs.get(i));
                }
                delete.setString(runs.size() + 1, PENDING);
                delete.setLong(runs.size() + 2, before.toEpochMilli());
            }
            votes.executeUpdate();
            return requests.executeUpdate();
        }
    }

    static Optional<Approval> find(Connection connection, String runId) throws SQLException {
        List<Approval> found = query(connection, "WHERE run_id = ?", runId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Oldest first. */
    static List<Approval> pending(Connection connection, Optional<String> route) throws SQLException {
        return route.isPresent()
                ? query(connection, "WHERE status = ? AND route = ? ORDER BY created_at, run_id", PENDING, route.get())
                : query(connection, "WHERE status = ? ORDER BY created_at, run_id", PENDING);
    }

    static List<Approval> overdue(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + Schema.APPROVALS
                + " WHERE status = ? AND expires_at <= ? ORDER BY expires_at, run_id")) {
            select.setString(1, PENDING);
            select.setLong(2, now.toEpochMilli());
            return read(select);
        }
    }

    private static List<Approval> query(Connection connection, String where, String... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + Schema.APPROVALS + " " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            return read(select);
        }
    }

    private static List<Approval> read(PreparedStatement select) throws SQLException {
        List<Approval> approvals = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                long decidedAt = row.getLong(11);
                Optional<Instant> decided = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(decidedAt));
                String rules = row.getString(12);
                approvals.add(new Approval(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), Instant.ofEpochMilli(row.getLong(7)), Instant.ofEpochMilli(row.getLong(8)),
                        Approval.Status.fromWireName(row.getString(9)), Optional.ofNullable(row.getString(10)), decided,
                        rules == null || rules.isEmpty() ? List.of() : List.of(rules.split(",")), List.of(), 1));
            }
        }
        return approvals;
    }
}
