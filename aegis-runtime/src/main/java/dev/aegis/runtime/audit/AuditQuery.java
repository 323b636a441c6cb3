package dev.aegis.runtime.audit;

import java.time.Instant;
import java.util.Optional;

/** Filters for reading the log; every one optional. Newest first, at most {@code limit} rows. */
public record AuditQuery(Optional<String> runId, Optional<String> route, Optional<String> principal, Optional<String> type,
        Optional<Instant> since, Optional<Long> afterId, int limit) {

    public static final AuditQuery LATEST = new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), 100);

    public AuditQuery {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be between 1 and 10000");
        }
    }
}
