package dev.aegis.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Message;
import dev.aegis.runtime.CompiledRoute;
import dev.aegis.runtime.RunNotRecordedException;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.durable.Approval;
import dev.aegis.runtime.durable.Approvals;
import dev.aegis.runtime.durable.Decision;
import dev.aegis.runtime.durable.RunNotPausedException;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /v1/approvals[?route=]}, {@code GET /v1/approvals/{id}}, {@code POST /v1/approvals/{id}/approve}
 * (optionally with edited messages) and {@code /reject}: for principals with the approver role. Approving
 * resumes the run from its checkpoint, here and now, and answers the finished run.
 */
public final class ApprovalsHandler {

    private final Gateway gateway;
    private final Approvals approvals;
    private final RequestBodies bodies;
    private final String role;

    public ApprovalsHandler(Gateway gateway, Approvals approvals, RequestBodies bodies, String role) {
        this.gateway = gateway;
        this.approvals = approvals;
        this.bodies = bodies;
        this.role = role;
    }

    public void list(ServerRequest request, ServerResponse response) {
        try {
            approver(request);
            Optional<String> route = request.query().first("route").asOptional();
            List<Approval> pending = route.map(approvals::pending).orElseGet(approvals::pending);
            Responses.json(response, 200, json -> {
                json.writeStartObject();
                json.writeStringField("object", "list");
                json.writeArrayFieldStart("data");
                for (Approval approval : pending) {
                    write(json, approval);
                }
                json.writeEndArray();
                json.writeEndObject();
            });
        } catch (ApiError error) {
            Responses.error(response, error);
        }
    }

    public void get(ServerRequest request, ServerResponse response) {
        try {
            approver(request);
            Approval approval = approval(request.path().pathParameters().get("id"));
            Responses.json(response, 200, json -> write(json, approval));
        } catch (ApiError error) {
            Responses.error(response, error);
        }
    }

    public void approve(ServerRequest request, ServerResponse response) {
        decide(request, response, (principal, body) -> Decision.approve(edited(body), principal.id()));
    }

    public void reject(ServerRequest request, ServerResponse response) {
        decide(request, response, (principal, body) -> Decision.reject(body.path("reason").asText("rejected by " + principal.id()), principal.id()));
    }

    private void decide(ServerRequest request, ServerResponse response, java.util.function.BiFunction<Principal, JsonNode, Decision> decision) {
        try {
            Principal principal = approver(request);
            Approval approval = approval(request.path().pathParameters().get("id"));
            JsonNode body = request.content().hasEntity() ? bodies.json(request) : Json.MAPPER.createObjectNode();
            CompiledRoute route = gateway.routeNamed(approval.route())
                    .orElseThrow(() -> ApiError.notFound("route_not_found", "The route '" + approval.route() + "' of this run is no longer configured."));
            RunResult result;
            try {
                result = route.resume(approval.runId(), decision.apply(principal, body));
            } catch (RunNotPausedException e) {
                throw new ApiError(409, "invalid_request_error", e.code(), e.getMessage(), Optional.of(approval.runId()));
            }
            Responses.json(response, 200, RunDocument.of(result));
        } catch (ApiError error) {
            Responses.error(response, error);
        } catch (RunNotRecordedException unrecorded) {
            Responses.error(response, ApiError.unrecorded(unrecorded));
        }
    }

    private Principal approver(ServerRequest request) {
        Principal principal = AuthFilter.principal(request);
        if (!principal.hasRole(role)) {
            throw ApiError.forbidden("role_required", "Deciding about paused runs needs the role '" + role + "'.");
        }
        return principal;
    }

    private Approval approval(String runId) {
        return approvals.get(runId).orElseThrow(() -> ApiError.notFound("approval_not_found", "No approval for run '" + runId + "'."));
    }

    private static Optional<List<Message>> edited(JsonNode body) {
        JsonNode messages = body.path("messages");
        if (messages.isMissingNode() || messages.isNull()) {
            return Optional.empty();
        }
        if (!messages.isArray() || messages.isEmpty()) {
            throw ApiError.badRequest("invalid_messages", "'messages' must be a non-empty array of the run's edited conversation.", "messages");
        }
        List<Message> parsed = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            parsed.add(ChatCompletionParser.message(messages.get(i), "messages[" + i + "]"));
        }
        return Optional.of(parsed);
    }

    /** An approval as the API shows it (also the MCP server's {@code list_approvals}). */
    public static void write(com.fasterxml.jackson.core.JsonGenerator json, Approval approval) throws java.io.IOException {
        json.writeStartObject();
        json.writeStringField("id", approval.runId());
        json.writeStringField("object", "approval");
        json.writeStringField("run_id", approval.runId());
        json.writeStringField("route", approval.route());
        json.writeStringField("principal", approval.principalId());
        json.writeStringField("team", approval.team());
        json.writeStringField("reason", approval.reason());
        json.writeStringField("guard", approval.guard());
        json.writeStringField("status", approval.status().wireName());
        json.writeStringField("created", approval.created().toString());
        json.writeStringField("expires", approval.expires().toString());
        if (approval.decidedBy().isPresent()) {
            json.writeStringField("decided_by", approval.decidedBy().get());
        }
        if (approval.decidedAt().isPresent()) {
            json.writeStringField("decided_at", approval.decidedAt().get().toString());
        }
        json.writeEndObject();
    }
}
