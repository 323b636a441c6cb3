package dev.aegis.server.internal;

import dev.aegis.api.auth.Principal;
import dev.aegis.runtime.audit.AuditLog;
import dev.aegis.runtime.audit.AuditQuery;
import dev.aegis.runtime.audit.AuditRecord;
import dev.aegis.runtime.audit.Verification;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /v1/audit}: the log, newest first, with filters; {@code GET /v1/audit/verify}: every chain
 * checked, as {@code aegis audit verify} does. For auditors and admins only.
 */
public final class AuditHandler {

    private static final Set<String> ROLES = Set.of("auditor", "admin");

    private final AuditLog log;

    public AuditHandler(AuditLog log) {
        this.log = log;
    }

    public void list(ServerRequest request, ServerResponse response) {
        try {
            requireRole(request);
            List<AuditRecord> records = log.query(query(request));
            Responses.json(response, 200, json -> {
                json.writeStartObject();
                json.writeStringField("object", "list");
                json.writeArrayFieldStart("data");
                for (AuditRecord record : records) {
                    json.writeStartObject();
                    json.writeNumberField("id", record.id());
                    json.writeStringField("run_id", record.runId());
                    json.writeNumberField("seq", record.seq());
                    json.writeStringField("time", record.time().toString());
                    json.writeStringField("route", record.route());
                    json.writeStringField("principal", record.principal());
                    json.writeStringField("team", record.team());
                    json.writeStringField("type", record.type());
                    json.writeStringField("source", record.source());
                    json.writeStringField("detail", record.detail());
                    json.writeObjectFieldStart("attributes");
                    for (Map.Entry<String, String> attribute : record.attributes().entrySet()) {
                        json.writeStringField(attribute.getKey(), attribute.getValue());
                    }
                    json.writeEndObject();
                    json.writeStringField("hash", record.hash());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            });
        } catch (ApiError error) {
            Responses.error(response, error);
        }
    }

    /** The whole log checked: intact, or the first entry whose chain does not hold and why. */
    public void verify(ServerRequest request, ServerResponse response) {
        try {
            requireRole(request);
            Verification verification = log.verify();
            Responses.json(response, 200, json -> {
                json.writeStartObject();
                json.writeStringField("object", "audit.verification");
                json.writeBooleanField("intact", verification.intact());
                json.writeNumberField("chains", verification.chains());
                json.writeNumberField("entries", verification.entries());
                json.writeNumberField("events", verification.events());
                if (verification.brokenAt().isPresent()) {
                    json.writeNumberField("broken_at", verification.brokenAt().get());
                } else {
                    json.writeNullField("broken_at");
                }
                json.writeStringField("problem", verification.problem().orElse(null));
                json.writeEndObject();
            });
        } catch (ApiError error) {
            Responses.error(response, error);
        }
    }

    private static void requireRole(ServerRequest request) {
        Principal principal = AuthFilter.principal(request);
        if (principal.roles().stream().noneMatch(ROLES::contains)) {
            throw ApiError.forbidden("role_required", "Reading the audit log needs the role 'auditor' or 'admin'.");
        }
    }

    private static AuditQuery query(ServerRequest request) {
        var query = request.query();
        java.util.function.Function<String, Optional<String>> first = name -> query.first(name).asOptional();
        Optional<Instant> since = first.apply("since").map(value -> {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest("invalid_since", "'since' must be an ISO-8601 instant, e.g. 2026-11-28T00:00:00Z", "since");
            }
        });
        int limit = first.apply("limit").map(value -> parse(value, "limit")).orElse(100L).intValue();
        if (limit < 1 || limit > 10_000) {
            throw ApiError.badRequest("invalid_limit", "'limit' must be between 1 and 10000", "limit");
        }
        return new AuditQuery(first.apply("run"), first.apply("route"), first.apply("principal"), first.apply("type"), since,
                first.apply("after").map(value -> parse(value, "after")), limit);
    }

    private static Long parse(String value, String name) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid_" + name, "'" + name + "' must be a number", name);
        }
    }
}
