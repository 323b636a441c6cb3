package dev.aegis.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.model.ChatOptions;
import dev.aegis.runtime.CompiledRoute;
import dev.aegis.runtime.RunNotRecordedException;
import dev.aegis.runtime.RunResult;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The native API: {@code POST /v1/runs} runs a named route with messages and labels and answers
 * the run document (status, output, events) whatever its outcome, or with {@code "stream": true} streams
 * it ({@link SseRunListener}); {@code GET /v1/runs/{id}} shows it again.
 */
public final class RunsHandler {

    private final Gateway gateway;
    private final RequestBodies bodies;
    private final RunRecorder runs;
    private final String approverRole;
    private final RequestParameters parameters;

    public RunsHandler(Gateway gateway, RequestBodies bodies, RunRecorder runs, String approverRole, RequestParameters parameters) {
        this.gateway = gateway;
        this.bodies = bodies;
        this.runs = runs;
        this.approverRole = approverRole;
        this.parameters = parameters;
    }

    public void create(ServerRequest request, ServerResponse response) {
        try {
            Principal principal = AuthFilter.principal(request);
            JsonNode body = bodies.json(request);
            String routeName = body.path("route").asText("");
            if (routeName.isEmpty()) {
                throw ApiError.badRequest("missing_route", "'route' is required.", "route");
            }
            CompiledRoute route = gateway.route(routeName, principal);
            RunState state = RunStart.state(route, principal, messages(body.path("messages")), labels(body.path("labels")));
            ChatOptions options = RunStart.options(route, model(body.path("model")), parameters.sampling(body.path("parameters")));
            response.header("x-aegis-run-id", state.runId());
            if (ChatCompletionParser.bool(body.path("stream"), "stream")) {
                stream(route, state, options, response);
                return;
            }
            RunResult result = route.invoke(state, options);
            Responses.json(response, 201, RunDocument.of(result));
        } catch (ApiError error) {
            Responses.error(response, error);
        } catch (RunNotRecordedException unrecorded) {
            Responses.error(response, ApiError.unrecorded(unrecorded));
        }
    }

    /** The run as server-sent events ({@link SseRunListener}); the stream always ends with the run document. */
    private static void stream(CompiledRoute route, RunState state, ChatOptions options, ServerResponse response) {
        SseRunListener listener = new SseRunListener(response);
        try {
            route.stream(state, options, listener);
        } catch (java.io.UncheckedIOException e) {
            // The client went away; the runtime has already cancelled the upstream call.
            return;
        } catch (RunNotRecordedException unrecorded) {
            if (listener.started()) {
                return; // the stream ended with an error event instead of the run
            }
            throw unrecorded;
        }
    }

    public void get(ServerRequest request, ServerResponse response) {
        try {
            Principal principal = AuthFilter.principal(request);
            String id = request.path().pathParameters().get("id");
            byte[] document = runs.document(id, principal, principal.hasRole(approverRole))
                    .orElseThrow(() -> ApiError.notFound("run_not_found", "No run '" + id + "' is known to this gateway for you."));
            Responses.json(response, 200, document);
        } catch (ApiError error) {
            Responses.error(response, error);
        }
    }

    private static List<Message> messages(JsonNode messages) {
        if (!messages.isArray() || messages.isEmpty()) {
            throw ApiError.badRequest("invalid_messages", "'messages' must be a non-empty array.", "messages");
        }
        List<Message> parsed = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            parsed.add(ChatCompletionParser.message(messages.get(i), "messages[" + i + "]"));
        }
        return parsed;
    }

    private static Map<String, String> labels(JsonNode labels) {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (labels.isMissingNode() || labels.isNull()) {
            return parsed;
        }
        if (!labels.isObject()) {
            throw ApiError.badRequest("invalid_labels", "'labels' must be an object of strings.", "labels");
        }
        labels.properties().forEach(label -> {
            if (!label.getValue().isValueNode() || label.getValue().isNull()) {
                throw ApiError.badRequest("invalid_labels", "label values must be strings", "labels." + label.getKey());
            }
            parsed.put(label.getKey(), label.getValue().asText());
        });
        return parsed;
    }

    /** The model a run asks for, if any: {@link RunStart#options} checks that the route lists it. */
    private static Optional<String> model(JsonNode model) {
        if (model.isMissingNode() || model.isNull()) {
            return Optional.empty();
        }
        if (!model.isTextual()) {
            throw ApiError.badRequest("invalid_request", "'model' must be a string", "model");
        }
        return Optional.of(model.asText());
    }
}
