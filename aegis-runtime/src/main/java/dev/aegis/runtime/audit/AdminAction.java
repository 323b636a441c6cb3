package dev.aegis.runtime.audit;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.auth.Principal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An administrative action worth an audit record of its own (approving a changed tool definition,
 * say): who did what to which target, outside any run.
 *
 * @param id the record's subject id in the log, in place of a run id
 * @param route the route it concerns, or empty
 * @param source the component that performed it, e.g. the tool source of an approved tool
 * @param action what was done, e.g. {@code tool.approved}
 */
public record AdminAction(String id, Instant time, Principal actor, String route, String source, String action, String detail,
        Map<String, String> attributes) {

    public AdminAction {
        requireNonNull(id, "id");
        requireNonNull(time, "time");
        requireNonNull(actor, "actor");
        requireNonNull(route, "route");
        requireNonNull(source, "source");
        requireNonNull(action, "action");
        requireNonNull(detail, "detail");
        attributes = Map.copyOf(attributes);
    }

    /** An action taken now, with a fresh id. */
    public static AdminAction now(Principal actor, String route, String source, String action, String detail, Map<String, String> attributes) {
        return new AdminAction("admin-" + UUID.randomUUID(), Instant.now(), actor, route, source, action, detail, attributes);
    }
}
