package dev.aegis.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.auth.Principal;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code GET /v1/tool-pins[?status=quarantined]} and {@code POST /v1/tool-pins/approve} with
 * {@code {route, source, tool, hash}}: the {@link ToolPinDesk} over HTTP.
 */
public final class ToolPinsHandler {

    private final ToolPinDesk desk;
    private final RequestBodies bodies;

    public ToolPinsHandler(ToolPinDesk desk, RequestBodies bodies) {
        this.desk = desk;
        this.bodies = bodies;
    }

    public void list(ServerRequest request, ServerResponse response) {
        try {
            Principal principal = desk.approver(AuthFilter.principal(request));
            Responses.json(response, 200, desk.list(principal, request.query().first("status").asOptional()));
        } catch (ApiError error) {
            Responses.error(response, error);
        }
    }

    public void approve(ServerRequest request, ServerResponse response) {
        try {
            Principal principal = desk.approver(AuthFilter.principal(request));
            JsonNode body = bodies.json(request);
            Responses.json(response, 200, desk.approve(principal, required(body, "route"), required(body, "source"), required(body, "tool"),
                    required(body, "hash")));
        } catch (ApiError error) {
            Responses.error(response, error);
        }
    }

    private static String required(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw ApiError.badRequest("missing_field", "'" + field + "' is required.", field);
        }
        return value.asText();
    }
}
