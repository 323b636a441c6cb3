package dev.aegis.client.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A run to start on a named route. {@code parameters} are passed to the provider as given (JSON
 * values: strings, numbers, booleans, null, lists and maps of them). Whether it streams is decided by
 * the method called, not by the request.
 */
public record RunRequest(String route, List<Message> messages, Map<String, String> labels, Optional<String> model, Map<String, Object> parameters) {

    public RunRequest {
        Objects.requireNonNull(route, "route");
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one message");
        }
        labels = Map.copyOf(Objects.requireNonNullElse(labels, Map.of()));
        model = Objects.requireNonNullElse(model, Optional.empty());
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNullElse(parameters, Map.of())));
    }

    public static RunRequest of(String route, List<Message> messages) {
        return new RunRequest(route, messages, Map.of(), Optional.empty(), Map.of());
    }

    /** A run of one user message. */
    public static RunRequest of(String route, String userMessage) {
        return of(route, List.of(Message.user(userMessage)));
    }

    public RunRequest withLabels(Map<String, String> newLabels) {
        return new RunRequest(route, messages, newLabels, model, parameters);
    }

    public RunRequest withModel(String modelName) {
        return new RunRequest(route, messages, labels, Optional.of(modelName), parameters);
    }

    public RunRequest withParameters(Map<String, Object> newParameters) {
        return new RunRequest(route, messages, labels, model, newParameters);
    }
}
