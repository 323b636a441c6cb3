package dev.aegis.server.internal;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.state.RunState;
import dev.aegis.api.model.ChatOptions;
import dev.aegis.runtime.CompiledRoute;
import dev.aegis.runtime.RunNotRecordedException;
import dev.aegis.runtime.RunResult;
import dev.aegis.runtime.RunStatus;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code POST /v1/chat/completions}: the model name selects the route; the run answers in OpenAI's shape. */
public final class ChatCompletionsHandler implements Handler {

    private static final Logger LOG = Logger.getLogger(ChatCompletionsHandler.class.getName());

    private final Gateway gateway;
    private final RequestBodies bodies;
    private final PausedWait pausedWait;
    private final RequestParameters parameters;

    public ChatCompletionsHandler(Gateway gateway, RequestBodies bodies, PausedWait pausedWait, RequestParameters parameters) {
        this.gateway = gateway;
        this.bodies = bodies;
        this.pausedWait = pausedWait;
        this.parameters = parameters;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        try {
            Principal principal = AuthFilter.principal(request);
            ChatCompletionRequest chat = ChatCompletionParser.parse(bodies.json(request), parameters);
            CompiledRoute route = gateway.routeForModel(chat.model(), principal);
            String runId = RunIds.next();
            RunState state = RunState.start(runId, route.name(), principal, chat.messages());
            ChatOptions options = new ChatOptions(providerModel(chat.model(), route), chat.tools(), chat.parameters());
            response.header("x-aegis-run-id", runId);
            response.header("x-aegis-route", route.name());
            CompletionWriter writer = new CompletionWriter(runId, chat.model(), System.currentTimeMillis() / 1000);
            if (chat.stream()) {
                stream(route, state, options, writer, chat.includeUsage(), response);
            } else {
                RunResult result = route.invoke(state, options);
                if (result.status() == RunStatus.COMPLETED) {
                    Responses.json(response, 200, writer.completion(result.answer().orElseThrow(), result.finishReason().orElse("stop"), result.usage(),
                            Citation.of(result.state())));
                } else if (result.status() == RunStatus.PAUSED) {
                    // An approver may decide while the client still waits; otherwise: approval_required with the run id.
                    Optional<byte[]> decided = pausedWait.completion(runId, writer);
                    if (decided.isPresent()) {
                        Responses.json(response, 200, decided.get());
                    } else {
                        Responses.error(response, Outcomes.errorOf(result));
                    }
                } else {
                    Responses.error(response, Outcomes.errorOf(result));
                }
            }
        } catch (ApiError error) {
            Responses.error(response, error);
        } catch (RunNotRecordedException unrecorded) {
            Responses.error(response, ApiError.unrecorded(unrecorded));
        }
    }

    private void stream(CompiledRoute route, RunState state, ChatOptions options, CompletionWriter writer, boolean includeUsage, ServerResponse response) {
        SseCompletionListener listener = new SseCompletionListener(response, writer, includeUsage);
        RunResult result;
        try {
            result = route.stream(state, options, listener);
        } catch (UncheckedIOException e) {
            // The client went away; the runtime has already cancelled the upstream call.
            LOG.log(Level.FINE, "client of run " + state.runId() + " disconnected", e);
            return;
        } catch (RunNotRecordedException unrecorded) {
            if (listener.started()) {
                return; // the stream ended with an error event instead of its last one
            }
            throw unrecorded;
        }
        if (!listener.started()) {
            Responses.error(response, Outcomes.errorOf(result));
        }
    }

    /** A route's own name is not a provider model: the provider then uses its configured default. */
    public static String providerModel(String requested, CompiledRoute route) {
        return RunStart.providerModel(requested, route);
    }
}
