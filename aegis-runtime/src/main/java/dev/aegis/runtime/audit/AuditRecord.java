package dev.aegis.runtime.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One event as the log holds it. Events are stored per entry (a run's events together, or one
 * administrative action), so every event of an entry shares its id, chain and hash.
 *
 * @param id the entry's position in the whole log (increasing; {@code afterId} pages by it)
 * @param kind {@code run} or {@code admin}
 * @param runId the run, or the administrative action's id
 * @param seq the event's position in its run
 * @param hash the entry's hash, which covers this event
 */
public record AuditRecord(long id, String chain, String kind, String runId, int seq, Instant time, String route, String principal, String team,
        String type, String source, String detail, Map<String, String> attributes, String hash) {

    public AuditRecord {
        attributes = Map.copyOf(attributes);
    }
}
