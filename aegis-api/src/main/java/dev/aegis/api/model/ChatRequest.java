package dev.aegis.api.model;

import static java.util.Objects.requireNonNull;

import dev.aegis.api.API;
import dev.aegis.api.state.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A chat completion request as the gateway hands it to a provider.
 *
 * @param model the provider-side model name; empty string lets the provider choose its default
 * @param parameters every other request field, by its wire name, as raw JSON text exactly as the
 *     client sent it ({@code "temperature" -> "0.2"}, {@code "response_format" -> "{…}"}); an
 *     OpenAI-compatible provider forwards them untouched, others translate what they understand
 */
@API(status = API.Status.STABLE)
public record ChatRequest(String model, List<Message> messages, List<ToolDefinition> tools, Map<String, String> parameters) {

    public ChatRequest {
        requireNonNull(model, "model");
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        parameters = Map.copyOf(parameters);
    }

    public static ChatRequest of(String model, List<Message> messages) {
        return new ChatRequest(model, messages, List.of(), Map.of());
    }

    public Optional<String> parameter(String wireName) {
        return Optional.ofNullable(parameters.get(wireName));
    }

    public ChatRequest withModel(String newModel) {
        return new ChatRequest(newModel, messages, tools, parameters);
    }

    public ChatRequest withMessages(List<Message> newMessages) {
        return new ChatRequest(model, newMessages, tools, parameters);
    }
}
