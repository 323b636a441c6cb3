package dev.aegis.runtime.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One row of the audit log: an event of a run, chained to the row before it.
 *
 * @param id the row's position in the log
 * @param seq the event's position in its run
 */
public record AuditRecord(long id, String runId, int seq, Instant time, String route, String principal, String team,
        String type, String source, String detail, Map<String, String> attributes, String previousHash, String hash) {

    public AuditRecord {
        attributes = Map.copyOf(attributes);
    }
}
