package dev.aegis.runtime.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.runtime.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the log: filtered listings, and the chain check that names the first row that does not hold. */
final class AuditReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {};
    private static final String COLUMNS = "id, run_id, seq, time_ms, route, principal, team, type, source, detail, attributes, prev_hash, hash";

    private final Database database;

    AuditReader(Database database) {
        this.database = database;
    }

    List<AuditRecord> query(AuditQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM aegis_audit WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        query.runId().ifPresent(value -> add(sql, parameters, " AND run_id = ?", value));
        query.route().ifPresent(value -> add(sql, parameters, " AND route = ?", value));
        query.principal().ifPresent(value -> add(sql, parameters, " AND principal = ?", value));
        query.type().ifPresent(value -> add(sql, parameters, " AND type = ?", value));
        query.since().ifPresent(value -> add(sql, parameters, " AND time_ms >= ?", value.toEpochMilli()));
        query.afterId().ifPresent(value -> add(sql, parameters, " AND id > ?", value));
        sql.append(query.afterId().isPresent() ? " ORDER BY id ASC" : " ORDER BY id DESC").append(" LIMIT ").append(query.limit());
        try (Connection connection = database.dataSource().getConnection(); PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<AuditRecord> records = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(record(rows));
                }
            }
            return records;
        }
    }

    Verification verify() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            long lastId;
            String lastHash;
            try (PreparedStatement head = connection.prepareStatement("SELECT last_id, last_hash FROM aegis_audit_head WHERE one = 1");
                    ResultSet row = head.executeQuery()) {
                if (!row.next()) {
                    return Verification.broken(0, 0, "the head row of the log is missing: the log was tampered with");
                }
                lastId = row.getLong(1);
                lastHash = row.getString(2);
            }
            long count = 0;
            long previousId = 0;
            String previousHash = AuditHashes.GENESIS;
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM aegis_audit ORDER BY id ASC");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    AuditRecord record = record(rows);
                    count++;
                    if (!record.previousHash().equals(previousHash)) {
                        return Verification.broken(count, record.id(), previousId == 0 && record.id() > 1
                                ? "row " + record.id() + " is the first row but does not start the chain: the rows before it were deleted"
                                : "row " + record.id() + " does not follow row " + previousId + ": a row between them was deleted, or row " + previousId + " was edited");
                    }
                    String recomputed = AuditHashes.hash(record.previousHash(), record.runId(), record.seq(), record.time().toEpochMilli(),
                            record.route(), record.principal(), record.team(), record.type(), record.source(), record.detail(),
                            AuditHashes.json(record.attributes()));
                    if (!recomputed.equals(record.hash())) {
                        return Verification.broken(count, record.id(), "row " + record.id() + " was edited (its content does not match its hash)");
                    }
                    previousId = record.id();
                    previousHash = record.hash();
                }
            }
            if (previousId != lastId || !previousHash.equals(lastHash)) {
                return Verification.broken(count, lastId, previousId < lastId
                        ? "the log ends at row " + previousId + " but its head records row " + lastId + ": the newest rows were deleted"
                        : "the head of the log does not match its last row " + previousId + ": the head or the last row was edited");
            }
            return Verification.intact(count);
        }
    }

    private static AuditRecord record(ResultSet row) throws SQLException {
        Map<String, String> attributes;
        try {
            attributes = JSON.readValue(row.getString("attributes"), ATTRIBUTES);
        } catch (java.io.IOException e) {
            attributes = Map.of("unreadable", "true");
        }
        return new AuditRecord(row.getLong("id"), row.getString("run_id"), row.getInt("seq"), Instant.ofEpochMilli(row.getLong("time_ms")),
                row.getString("route"), row.getString("principal"), row.getString("team"), row.getString("type"), row.getString("source"),
                row.getString("detail"), attributes, row.getString("prev_hash").trim(), row.getString("hash").trim());
    }

    private static void add(StringBuilder sql, List<Object> parameters, String clause, Object value) {
        sql.append(clause);
        parameters.add(value);
    }
}
