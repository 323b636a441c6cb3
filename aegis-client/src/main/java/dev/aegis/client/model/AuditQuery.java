package dev.aegis.client.model;

import java.time.Instant;
import java.util.Optional;

/**
 * Which audit records to read: every filter is optional. Start from {@link #all()} and narrow, e.g.
 * {@code AuditQuery.all().run(id).limit(50)}; {@code after} pages on by record id.
 */
public record AuditQuery(
        Optional<String> run,
        Optional<String> route,
        Optional<String> principal,
        Optional<String> type,
        Optional<Instant> since,
        Optional<Long> after,
        Optional<Integer> limit) {

    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public AuditQuery run(String runId) {
        return new AuditQuery(Optional.of(runId), route, principal, type, since, after, limit);
    }

    public AuditQuery route(String name) {
        return new AuditQuery(run, Optional.of(name), principal, type, since, after, limit);
    }

    public AuditQuery principal(String id) {
        return new AuditQuery(run, route, Optional.of(id), type, since, after, limit);
    }

    public AuditQuery type(String eventType) {
        return new AuditQuery(run, route, principal, Optional.of(eventType), since, after, limit);
    }

    public AuditQuery since(Instant instant) {
        return new AuditQuery(run, route, principal, type, Optional.of(instant), after, limit);
    }

    public AuditQuery after(long recordId) {
        return new AuditQuery(run, route, principal, type, since, Optional.of(recordId), limit);
    }

    public AuditQuery limit(int records) {
        if (records < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + records);
        }
        return new AuditQuery(run, route, principal, type, since, after, Optional.of(records));
    }
}
