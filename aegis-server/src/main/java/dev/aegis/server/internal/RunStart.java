package dev.aegis.server.internal;

import dev.aegis.api.auth.Principal;
import dev.aegis.api.model.ChatOptions;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.RunState;
import dev.aegis.api.state.StateDelta;
import dev.aegis.runtime.CompiledRoute;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a native run ({@code POST /v1/runs}, or an embedding application's) starts once its request is
 * read: a fresh run id, the caller, the messages and labels, and the model it may ask for.
 */
public final class RunStart {

    private RunStart() {}

    public static RunState state(CompiledRoute route, Principal principal, List<Message> messages, Map<String, String> labels) {
        return RunState.start(RunIds.next(), route.name(), principal, messages).apply(StateDelta.of(RunState.LABELS, new LinkedHashMap<>(labels)));
    }

    /**
     * The options of the run: only one of the models the route lists, as for chat completions (none lets
     * the provider choose), and the sampling parameters already checked.
     *
     * @throws ApiError 404 {@code model_not_found} for a model the route does not list
     */
    public static ChatOptions options(CompiledRoute route, Optional<String> model, Map<String, String> sampling) {
        if (model.isPresent() && !route.plan().models().contains(model.get())) {
            throw ApiError.notFound("model_not_found", "The model '" + model.get() + "' does not exist or you do not have access to it.");
        }
        return new ChatOptions(model.map(requested -> providerModel(requested, route)).orElse(""), List.of(), sampling);
    }

    /** The model to ask the provider for: the route's own name selects the route, not a provider model. */
    public static String providerModel(String requested, CompiledRoute route) {
        return requested.equals(route.name()) ? "" : requested;
    }
}
