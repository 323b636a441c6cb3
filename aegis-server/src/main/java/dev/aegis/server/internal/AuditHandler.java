package dev.aegis.server.internal;

import dev.aegis.runtime.audit.AuditLog;
import dev.aegis.runtime.audit.AuditQuery;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code GET /v1/audit}: the log, newest first, with filters; {@code GET /v1/audit/verify}: every chain
 * checked, as {@code aegis audit verify} does. For auditors and admins only.
 */
public final class AuditHandler {

    private final AuditLog log;

    public AuditHandler(AuditLog log) {
        this.log = log;
    }

    public void list(ServerRequest request, ServerResponse response) {
        try {
            AuditDocument.reader(AuthFilter.principal(request));
            Responses.json(response, 200, AuditDocument.list(log.query(query(request))));
        } catch (ApiError error) {
            Responses.error(response, error);
        }
    }

    /** The whole log checked: intact, or the first entry whose chain does not hold and why. */
    public void verify(ServerRequest request, ServerResponse response) {
        try {
            AuditDocument.reader(AuthFilter.principal(request));
            Responses.json(response, 200, AuditDocument.verification(log.verify()));
        } catch (ApiError error) {
            Responses.error(response, error);
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
        int limit = AuditDocument.limit(first.apply("limit").map(value -> parse(value, "limit")).orElse((long) AuditDocument.DEFAULT_LIMIT));
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
