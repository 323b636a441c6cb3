package dev.aegis.plugin.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.secret.Secret;
import dev.aegis.api.state.Usage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one {@code chat.completion.chunk} event; only the first choice is kept. */
final class ChunkReader {

    private final int status;
    private final Optional<Secret> apiKey;

    /** @param status the stream's HTTP status, carried by every failure */
    ChunkReader(int status, Optional<Secret> apiKey) {
        this.status = status;
        this.apiKey = apiKey;
    }

    /**
     * @return empty for an event that carries nothing (a role-only delta, another choice)
     * @throws ProviderException when the event is an error or not JSON
     */
    Optional<ChatChunk> read(byte[] data) {
        JsonNode event;
        try {
            event = Json.MAPPER.readTree(data);
        } catch (JsonProcessingException e) {
            throw new ProviderException(ProviderException.Failure.FAILED, status, "upstream sent a stream event that is not JSON", null);
        } catch (IOException e) {
            throw new ProviderException(ProviderException.Failure.FAILED, status, "upstream sent an unreadable stream event", e);
        }
        if (event == null || !event.isObject()) {
            throw new ProviderException(ProviderException.Failure.FAILED, status, "upstream sent a stream event that is not a JSON object", null);
        }
        if (event.hasNonNull("error")) {
            throw midStreamError(event.get("error"));
        }
        JsonNode choice = firstChoice(event.path("choices"));
        JsonNode delta = choice.path("delta");
        String content = Json.text(delta, "content").orElse("");
        List<ToolCallDelta> toolCalls = toolCalls(delta.path("tool_calls"));
        Optional<String> finishReason = Json.text(choice, "finish_reason").filter(reason -> !reason.isBlank());
        Optional<Usage> usage = Usages.from(event.path("usage"));
        if (content.isEmpty() && toolCalls.isEmpty() && finishReason.isEmpty() && usage.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChatChunk(content, toolCalls, finishReason, usage));
    }

    private static JsonNode firstChoice(JsonNode choices) {
        for (JsonNode choice : choices) {
            if (choice.path("index").asInt(0) == 0) {
                return choice;
            }
        }
        return MissingNode.getInstance();
    }

    private static List<ToolCallDelta> toolCalls(JsonNode wire) {
        if (!wire.isArray() || wire.isEmpty()) {
            return List.of();
        }
        List<ToolCallDelta> deltas = new ArrayList<>(wire.size());
        int position = 0;
        for (JsonNode call : wire) {
            JsonNode function = call.path("function");
            deltas.add(new ToolCallDelta(
                    // a few servers leave out the index when each chunk holds whole calls
                    call.path("index").asInt(position),
                    Json.text(call, "id").filter(id -> !id.isEmpty()),
                    Json.text(function, "name").filter(name -> !name.isEmpty()),
                    Json.textOrJson(function.path("arguments"))));
            position++;
        }
        return deltas;
    }

    private ProviderException midStreamError(JsonNode error) {
        String detail = error.isTextual() ? error.asText() : Json.text(error, "message").orElse("");
        String message = "upstream reported an error mid-stream" + (detail.isBlank() ? "" : ": " + ErrorBodies.safe(detail.strip(), apiKey));
        return new ProviderException(ProviderException.Failure.FAILED, status, message, null);
    }
}
