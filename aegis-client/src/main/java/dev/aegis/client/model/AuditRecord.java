package dev.aegis.client.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** One event of a run in the hash-chained audit log; masked values appear as their placeholders. */
public record AuditRecord(
        long id,
        String runId,
        long seq,
        Instant time,
        String route,
        String principal,
        String team,
        String type,
        String source,
        String detail,
        Map<String, String> attributes,
        String hash) {

    public AuditRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(detail, "detail");
        attributes = Map.copyOf(Objects.requireNonNullElse(attributes, Map.of()));
        Objects.requireNonNull(hash, "hash");
    }
}
