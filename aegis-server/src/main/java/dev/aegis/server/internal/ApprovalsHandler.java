package dev.aegis.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Passage;
import dev.aegis.runtime.CompiledRoute;
import dev.aegis.runtime.DecisionResult;
import dev.aegis.runtime.RunNotRecordedException;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.audit.AdminAction;
import dev.aegis.runtime.durable.Approval;
import dev.aegis.runtime.durable.Approvals;
import dev.aegis.runtime.durable.Decision;
import dev.aegis.runtime.durable.DecisionRefusedException;
import dev.aegis.runtime.durable.RunNotPausedException;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * {@code GET /v1/approvals[?route=][&wait=30s]} (waiting up to 60s for a pending approval), {@code GET /v1/approvals/{id}[?reveal=true]}, {@code POST
 * /v1/approvals/{id}/approve} (optionally with edited messages) and {@code /reject}: for principals
 * with the approver role. Approving resumes the run from its checkpoint, here and now, and answers
 * the finished run; an approval that the request's quorum still waits on answers 202 with the request.
 *
 * <p>A paused run's conversation is shown as the model would be sent it (masked); an approver who
 * also has the reveal role sees the originals with {@code ?reveal=true}, and that is an audited
 * administrative action of its own. The run's retrieved passages are shown next to it, masked (or
 * revealed) the same way; they cannot be edited.
 */
public final class ApprovalsHandler {

    private final Gateway gateway;
    private final Approvals approvals;
    private final RequestBodies bodies;
    private final RunRecorder runs;
    private final String role;
    private final String revealRole;

    public ApprovalsHandler(Gateway gateway, Approvals approvals, RequestBodies bodies, RunRecorder runs, String role, String revealRole) {
        this.gateway = gateway;
        this.approvals = approvals;
        this.bodies = bodies;
        this.runs = runs;
        this.role = role;
        this.revealRole = revealRole;
    }

    public void list(ServerRequest request, ServerResponse response) {
        try {
            approver(request);
            Optional<String> route = request.query().first("route").asOptional();
            Optional<java.time.Duration> wait = request.query().first("wait").asOptional().map(PauseSignal::parseWait);
            List<Approval> pending = pending(route, wait.orElse(java.time.Duration.ZERO));
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

    /**
     * The pending approvals, waiting up to {@code wait} for one to exist: woken when a run pauses in
     * this process, and re-reading the store every {@link PauseSignal#RECHECK} for runs paused by
     * other gateways sharing it.
     */
    private List<Approval> pending(Optional<String> route, java.time.Duration wait) {
        PauseSignal signal = runs.pauses();
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long seen = signal.count();
            List<Approval> pending = route.map(approvals::pending).orElseGet(approvals::pending);
            long left = deadline - System.nanoTime();
            if (!pending.isEmpty() || left <= 0) {
                return pending;
            }
            java.time.Duration nap = left < PauseSignal.RECHECK.toNanos() ? java.time.Duration.ofNanos(left) : PauseSignal.RECHECK;
            if (!signal.await(seen, nap)) {
                return pending;
            }
        }
    }

    public void get(ServerRequest request, ServerResponse response) {
        try {
            Principal principal = approver(request);
            Approval approval = approval(request.path().pathParameters().get("id"));
            boolean reveal = request.query().first("reveal").asOptional().map("true"::equalsIgnoreCase).orElse(false);
            if (reveal && !principal.hasRole(revealRole)) {
                throw ApiError.forbidden("role_required", "Seeing a paused run's conversation unmasked needs the role '" + revealRole + "'.");
            }
            Optional<List<Message>> conversation = approval.status() == Approval.Status.PENDING
                    ? gateway.routeNamed(approval.route()).flatMap(route -> route.pausedConversation(approval.runId(), reveal))
                    : Optional.empty();
            List<Passage> passages = conversation.isPresent()
                    ? gateway.routeNamed(approval.route()).flatMap(route -> route.pausedPassages(approval.runId(), reveal)).orElse(List.of())
                    : List.of();
            if (reveal && conversation.isPresent()) {
                // recorded before anything unmasked leaves the gateway
                runs.recordAdmin(AdminAction.now(principal, approval.route(), approval.guard(), "approval.revealed", "",
                        Map.of("run", approval.runId())));
            }
            Responses.json(response, 200, json -> write(json, approval, conversation, passages, reveal));
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

    private void decide(ServerRequest request, ServerResponse response, BiFunction<Principal, JsonNode, Decision> decision) {
        try {
            Principal principal = approver(request);
            Approval approval = approval(request.path().pathParameters().get("id"));
            JsonNode body = request.content().hasEntity() ? bodies.json(request) : Json.MAPPER.createObjectNode();
            CompiledRoute route = gateway.routeNamed(approval.route())
                    .orElseThrow(() -> ApiError.notFound("route_not_found", "The route '" + approval.route() + "' of this run is no longer configured."));
            DecisionResult result;
            try {
                result = route.decide(approval.runId(), decision.apply(principal, body));
            } catch (RunNotPausedException e) {
                throw new ApiError(409, "invalid_request_error", e.code(), e.getMessage(), Optional.of(approval.runId()));
            } catch (DecisionRefusedException e) {
                throw refused(e, approval.runId());
            }
            if (result.waiting().isPresent()) {
                Approval waiting = result.waiting().get();
                runs.recordAdmin(AdminAction.now(principal, waiting.route(), waiting.guard(), "approval.given", "", Map.of(
                        "run", waiting.runId(), "approvals", Integer.toString(waiting.approvedBy().size()),
                        "required", Integer.toString(waiting.required()))));
                Responses.json(response, 202, json -> write(json, waiting));
                return;
            }
            // The approver is shown the outcome as the model saw it, unless it may see originals (or started the run).
            RunResult run = result.run();
            String owner = run.state().principal().map(Principal::id).orElse("");
            Responses.json(response, 200, runs.showsOriginals(owner, principal, true) ? RunDocument.of(run) : RunDocument.masked(run));
        } catch (ApiError error) {
            Responses.error(response, error);
        } catch (RunNotRecordedException unrecorded) {
            Responses.error(response, ApiError.unrecorded(unrecorded));
        }
    }

    private static ApiError refused(DecisionRefusedException e, String runId) {
        int status = e.code().equals(DecisionRefusedException.SEPARATION) ? 403 : 409;
        String type = status == 403 ? "permission_error" : "invalid_request_error";
        Optional<String> param = e.code().equals(DecisionRefusedException.EDIT_NOT_SUPPORTED) ? Optional.of("messages") : Optional.of(runId);
        return new ApiError(status, type, e.code(), e.getMessage(), param);
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

    /** An approval as the API shows it (also the MCP server's {@code list_approvals}): never its conversation. */
    public static void write(JsonGenerator json, Approval approval) throws IOException {
        write(json, approval, Optional.empty(), List.of(), false);
    }

    private static void write(JsonGenerator json, Approval approval, Optional<List<Message>> conversation, List<Passage> passages,
            boolean revealed) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", approval.runId());
        json.writeStringField("object", "approval");
        json.writeStringField("run_id", approval.runId());
        json.writeStringField("route", approval.route());
        json.writeStringField("principal", approval.principalId());
        json.writeStringField("team", approval.team());
        json.writeStringField("reason", approval.reason());
        json.writeStringField("guard", approval.guard());
        json.writeArrayFieldStart("rules");
        for (String rule : approval.rules()) {
            json.writeString(rule);
        }
        json.writeEndArray();
        json.writeStringField("status", approval.status().wireName());
        json.writeNumberField("approvals_required", approval.required());
        json.writeArrayFieldStart("approved_by");
        for (String approver : approval.approvedBy()) {
            json.writeString(approver);
        }
        json.writeEndArray();
        json.writeStringField("created", approval.created().toString());
        json.writeStringField("expires", approval.expires().toString());
        if (approval.decidedBy().isPresent()) {
            json.writeStringField("decided_by", approval.decidedBy().get());
        }
        if (approval.decidedAt().isPresent()) {
            json.writeStringField("decided_at", approval.decidedAt().get().toString());
        }
        if (conversation.isPresent()) {
            json.writeStringField("view", revealed ? "revealed" : "masked");
            json.writeArrayFieldStart("messages");
            for (Message message : conversation.get()) {
                message(json, message);
            }
            json.writeEndArray();
            // shown, not editable: an edited approval sends back messages only
            json.writeArrayFieldStart("passages");
            for (Passage passage : passages) {
                json.writeStartObject();
                json.writeStringField("collection", passage.collection());
                json.writeStringField("document", passage.document());
                json.writeNumberField("chunk", passage.chunk());
                json.writeNumberField("score", passage.score());
                json.writeStringField("text", passage.text());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    // OpenAI's shape, so that an approver can send the conversation back edited
    private static void message(JsonGenerator json, Message message) throws IOException {
        json.writeStartObject();
        json.writeStringField("role", message.role().wireName());
        json.writeStringField("content", message.content());
        if (message.name().isPresent()) {
            json.writeStringField("name", message.name().get());
        }
        if (message.toolCallId().isPresent()) {
            json.writeStringField("tool_call_id", message.toolCallId().get());
        }
        RunDocument.toolCalls(json, message);
        json.writeEndObject();
    }
}
