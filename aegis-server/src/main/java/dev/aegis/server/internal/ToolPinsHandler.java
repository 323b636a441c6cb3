package dev.aegis.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.auth.Principal;
import dev.aegis.runtime.audit.AdminAction;
import dev.aegis.runtime.tools.ToolPin;
import dev.aegis.runtime.tools.ToolPins;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /v1/tool-pins[?status=quarantined]} and {@code POST /v1/tool-pins/approve} with
 * {@code {route, source, tool, hash}}: the tool definitions routes trust, and approving a changed
 * (quarantined) one. For principals with the approver role; an approval lands in the audit log.
 */
public final class ToolPinsHandler {

    static final String TOOL_APPROVED = "tool.approved";

    private final ToolPins pins;
    private final RequestBodies bodies;
    private final RunRecorder recorder;
    private final String role;

    public ToolPinsHandler(ToolPins pins, RequestBodies bodies, RunRecorder recorder, String role) {
        this.pins = pins;
        this.bodies = bodies;
        this.recorder = recorder;
        this.role = role;
    }

    public void list(ServerRequest request, ServerResponse response) {
        try {
            approver(request);
            Optional<String> status = request.query().first("status").asOptional();
            List<ToolPin> listed = pins.list().stream().filter(pin -> status.map(pin.status()::equals).orElse(true)).toList();
            Responses.json(response, 200, json -> {
                json.writeStartObject();
                json.writeStringField("object", "list");
                json.writeArrayFieldStart("data");
                for (ToolPin pin : listed) {
                    write(json, pin);
                }
                json.writeEndArray();
                json.writeEndObject();
            });
        } catch (ApiError error) {
            Responses.error(response, error);
        }
    }

    public void approve(ServerRequest request, ServerResponse response) {
        try {
            Principal principal = approver(request);
            JsonNode body = bodies.json(request);
            String route = required(body, "route");
            String source = required(body, "source");
            String tool = required(body, "tool");
            String hash = required(body, "hash");
            if (pins.find(route, source, tool).isEmpty()) {
                throw ApiError.notFound("tool_pin_not_found", "No tool '" + tool + "' was seen from source '" + source + "' of route '" + route + "'.");
            }
            ToolPin approved;
            try {
                approved = pins.approve(route, source, tool, hash, principal.id());
            } catch (IllegalStateException e) {
                throw new ApiError(409, "invalid_request_error", "tool_pin_conflict", e.getMessage(), Optional.of("hash"));
            }
            recorder.recordAdmin(AdminAction.now(principal, route, source, TOOL_APPROVED, "approved a changed tool definition",
                    Map.of("tool", tool, "hash", hash, "approver", principal.id())));
            Responses.json(response, 200, json -> write(json, approved));
        } catch (ApiError error) {
            Responses.error(response, error);
        }
    }

    private Principal approver(ServerRequest request) {
        Principal principal = AuthFilter.principal(request);
        if (!principal.hasRole(role)) {
            throw ApiError.forbidden("role_required", "Reviewing tool definitions needs the role '" + role + "'.");
        }
        return principal;
    }

    private static String required(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw ApiError.badRequest("missing_field", "'" + field + "' is required.", field);
        }
        return value.asText();
    }

    private static void write(com.fasterxml.jackson.core.JsonGenerator json, ToolPin pin) throws java.io.IOException {
        json.writeStartObject();
        json.writeStringField("id", pin.id());
        json.writeStringField("object", "tool_pin");
        json.writeStringField("route", pin.route());
        json.writeStringField("source", pin.source());
        json.writeStringField("tool", pin.tool());
        json.writeStringField("status", pin.status());
        if (pin.approvedHash().isPresent()) {
            json.writeStringField("approved_hash", pin.approvedHash().get());
        }
        if (pin.pendingHash().isPresent()) {
            json.writeObjectFieldStart("pending");
            json.writeStringField("hash", pin.pendingHash().get());
            json.writeStringField("description", pin.pendingDescription());
            json.writeStringField("parameters", pin.pendingParameters());
            json.writeEndObject();
        }
        json.writeStringField("first_seen", pin.firstSeen().toString());
        json.writeStringField("updated", pin.updatedAt().toString());
        if (pin.decidedBy().isPresent()) {
            json.writeStringField("decided_by", pin.decidedBy().get());
        }
        json.writeEndObject();
    }
}
