package dev.aegis.runtime.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.runtime.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the log: filtered listings of events, and the chain check that names the first entry that does not hold. */
final class AuditReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = ChainedEntry.COLUMNS;

    private final Database database;

    AuditReader(Database database) {
        this.database = database;
    }

    /**
     * Events newest first (or, with {@code afterId}, oldest first after that entry), at most
     * {@code limit} of them; when paging by {@code afterId}, an entry's events are never split.
     */
    List<AuditRecord> query(AuditQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM aegis_audit_entries WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        query.runId().ifPresent(value -> add(sql, parameters, " AND run_id = ?", value));
        query.route().ifPresent(value -> add(sql, parameters, " AND route = ?", value));
        query.principal().ifPresent(value -> add(sql, parameters, " AND principal = ?", value));
        query.type().ifPresent(value -> add(sql, parameters, " AND types LIKE ? ESCAPE '!'", "%," + escapeLike(value) + ",%"));
        query.since().ifPresent(value -> add(sql, parameters, " AND time_ms >= ?", value.toEpochMilli()));
        query.afterId().ifPresent(value -> add(sql, parameters, " AND id > ?", value));
        boolean ascending = query.afterId().isPresent();
        sql.append(ascending ? " ORDER BY id ASC" : " ORDER BY id DESC").append(" LIMIT ").append(query.limit());
        List<AuditRecord> records = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection(); PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next() && records.size() < query.limit()) {
                    List<AuditRecord> events = events(rows).stream()
                            .filter(event -> query.type().map(event.type()::equals).orElse(true))
                            .filter(event -> query.since().map(since -> !event.time().isBefore(since)).orElse(true))
                            .toList();
                    if (ascending) {
                        records.addAll(events);
                    } else {
                        records.addAll(events.reversed().subList(0, Math.min(events.size(), query.limit() - records.size())));
                    }
                }
            }
        }
        return records;
    }

    // Heads, anchors and entries from one snapshot: a batch committed between two reads would look like tampering.
    Verification verify(Optional<Path> archive) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            if (!database.isSqlite()) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try {
                return verify(connection, archive);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private Verification verify(Connection connection, Optional<Path> archive) throws SQLException {
        Map<String, Head> heads = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT chain, last_position, last_hash FROM aegis_audit_chains");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                heads.put(rows.getString(1), new Head(rows.getLong(2), rows.getString(3).trim()));
            }
        }
        Map<String, AuditAnchors.Anchor> anchors = AuditAnchors.all(connection);
        ChainWalk walk = new ChainWalk(heads.size());
        for (String chain : heads.keySet()) {
            Optional<AuditAnchors.Anchor> anchor = Optional.ofNullable(anchors.get(chain)).filter(found -> found.position() > 0);
            Verification broken = archive.isPresent()
                    ? ArchiveWalk.walk(walk, archive.get(), chain, anchor)
                    : anchor.map(found -> start(walk, found)).orElse(null);
            if (broken != null) {
                return broken;
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM aegis_audit_entries ORDER BY chain, position");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String chain = rows.getString("chain");
                if (!heads.containsKey(chain)) {
                    return walk.broken(rows.getLong("id"), "entry " + rows.getLong("id") + " belongs to chain '" + chain
                            + "', whose head is missing: the log was tampered with");
                }
                Verification broken = ChainedEntry.read(rows).walk(walk);
                if (broken != null) {
                    return broken;
                }
            }
        }
        for (Map.Entry<String, Head> head : heads.entrySet()) {
            Verification broken = walk.end(head.getKey(), head.getValue().position(), head.getValue().hash());
            if (broken != null) {
                return broken;
            }
        }
        return walk.intact();
    }

    private static Verification start(ChainWalk walk, AuditAnchors.Anchor anchor) {
        walk.start(anchor.chain(), anchor.position(), anchor.hash());
        walk.archived(anchor.position());
        return null;
    }

    private record Head(long position, String hash) {}

    private static List<AuditRecord> events(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        String chain = row.getString("chain");
        String kind = row.getString("kind");
        String runId = row.getString("run_id");
        String route = row.getString("route");
        String principal = row.getString("principal");
        String team = row.getString("team");
        String hash = row.getString("hash").trim();
        List<AuditRecord> records = new ArrayList<>();
        try {
            for (JsonNode event : JSON.readTree(row.getString("events"))) {
                Map<String, String> attributes = new LinkedHashMap<>();
                event.path("attributes").properties().forEach(attribute -> attributes.put(attribute.getKey(), attribute.getValue().asText()));
                records.add(new AuditRecord(id, chain, kind, runId, event.path("seq").asInt(), Instant.ofEpochMilli(event.path("time").asLong()),
                        route, principal, team, event.path("type").asText(), event.path("source").asText(), event.path("detail").asText(),
                        attributes, hash));
            }
        } catch (IOException e) {
            records.add(new AuditRecord(id, chain, kind, runId, row.getInt("first_seq"), Instant.ofEpochMilli(row.getLong("time_ms")), route,
                    principal, team, "unreadable", "", "the entry's events are not readable JSON", Map.of(), hash));
        }
        return records;
    }

    private static String escapeLike(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static void add(StringBuilder sql, List<Object> parameters, String clause, Object value) {
        sql.append(clause);
        parameters.add(value);
    }
}
