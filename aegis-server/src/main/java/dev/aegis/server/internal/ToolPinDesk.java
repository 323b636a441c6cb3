package dev.aegis.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.aegis.api.auth.Principal;
import dev.aegis.runtime.audit.AdminAction;
import dev.aegis.runtime.tools.ToolPin;
import dev.aegis.runtime.tools.ToolPins;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tool definitions routes trust, for approvers whatever carries the request: listing them and
 * approving a changed (quarantined) one, which lands in the audit log before it is acknowledged.
 */
public final class ToolPinDesk {

    static final String TOOL_APPROVED = "tool.approved";

    private final ToolPins pins;
    private final RunRecorder recorder;
    private final String role;

    public ToolPinDesk(ToolPins pins, RunRecorder recorder, String role) {
        this.pins = pins;
        this.recorder = recorder;
        this.role = role;
    }

    /** @throws ApiError 403 {@code role_required} unless the principal has the approver role */
    public Principal approver(Principal principal) {
        if (!principal.hasRole(role)) {
            throw ApiError.forbidden("role_required", "Reviewing tool definitions needs the role '" + role + "'.");
        }
        return principal;
    }

    /** The pins, only those with this status when one is given, in the API's list shape. */
    public byte[] list(Principal principal, Optional<String> status) {
        approver(principal);
        List<ToolPin> listed = pins.list().stream().filter(pin -> status.map(pin.status()::equals).orElse(true)).toList();
        return Json.bytes(json -> {
            json.writeStartObject();
            json.writeStringField("object", "list");
            json.writeArrayFieldStart("data");
            for (ToolPin pin : listed) {
                write(json, pin);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /**
     * Trusts the tool definition with this hash.
     *
     * @throws ApiError 404 {@code tool_pin_not_found}, 409 {@code tool_pin_conflict} when the hash is not the pending one
     */
    public byte[] approve(Principal principal, String route, String source, String tool, String hash) {
        approver(principal);
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
        return Json.bytes(json -> write(json, approved));
    }

    private static void write(JsonGenerator json, ToolPin pin) throws IOException {
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
