package dev.aegis.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Message;
import dev.aegis.runtime.RunNotRecordedException;
import dev.aegis.runtime.durable.Approval;
import dev.aegis.runtime.durable.Decision;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * revealed) the same way; they cannot be edited. What an approver may do is the {@link ApprovalDesk}'s;
 * this handler translates HTTP.
 */
public final class ApprovalsHandler {

    private final ApprovalDesk desk;
    private final RequestBodies bodies;

    public ApprovalsHandler(ApprovalDesk desk, RequestBodies bodies) {
        this.desk = desk;
        this.bodies = bodies;
    }

    public void list(ServerRequest request, ServerResponse response) {
        try {
            Principal principal = desk.approver(AuthFilter.principal(request));
            Optional<String> route = request.query().first("route").asOptional();
            Optional<Duration> wait = request.query().first("wait").asOptional().map(PauseSignal::parseWait);
            List<Approval> pending = desk.pending(principal, route, wait.orElse(Duration.ZERO));
            Responses.json(response, 200, ApprovalDocument.list(pending));
        } catch (ApiError error) {
            Responses.error(response, error);
        }
    }

    public void get(ServerRequest request, ServerResponse response) {
        try {
            Principal principal = AuthFilter.principal(request);
            boolean reveal = request.query().first("reveal").asOptional().map("true"::equalsIgnoreCase).orElse(false);
            Responses.json(response, 200, desk.view(principal, request.path().pathParameters().get("id"), reveal));
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
            Principal principal = AuthFilter.principal(request);
            ApprovalDesk.Decided decided = desk.decide(principal, request.path().pathParameters().get("id"), approver -> {
                JsonNode body = request.content().hasEntity() ? bodies.json(request) : Json.MAPPER.createObjectNode();
                return decision.apply(approver, body);
            });
            Responses.json(response, decided.status(), decided.document());
        } catch (ApiError error) {
            Responses.error(response, error);
        } catch (RunNotRecordedException unrecorded) {
            Responses.error(response, ApiError.unrecorded(unrecorded));
        }
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
}
