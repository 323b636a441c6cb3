package dev.aegis.plugin.openai;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.secret.Secret;
import dev.aegis.api.state.Usage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one {@code chat.completion.chunk} event; only the first choice is kept. A text delta, by
 * far the most common event, is read token by token with no JSON tree: only the rare parts (tool
 * calls, usage, an error) are read as trees.
 */
final class ChunkReader {

    private final int status;
    private final Optional<Secret> apiKey;

    /** @param status the stream's HTTP status, carried by every failure */
    ChunkReader(int status, Optional<Secret> apiKey) {
        this.status = status;
        this.apiKey = apiKey;
    }

    Optional<ChatChunk> read(byte[] data) {
        return read(data, 0, data.length);
    }

    /**
     * Reads the event in {@code data[offset, offset + length)}.
     *
     * @return empty for an event that carries nothing (a role-only delta, another choice)
     * @throws ProviderException when the event is an error or not JSON
     */
    Optional<ChatChunk> read(byte[] data, int offset, int length) {
        Event event = new Event();
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(data, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ProviderException(ProviderException.Failure.FAILED, status, "upstream sent a stream event that is not a JSON object", null);
            }
            readEvent(parser, event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ProviderException(ProviderException.Failure.FAILED, status, "upstream sent a stream event that is not JSON", null);
        } catch (IOException e) {
            throw new ProviderException(ProviderException.Failure.FAILED, status, "upstream sent an unreadable stream event", e);
        }
        if (event.error != null) {
            throw midStreamError(event.error);
        }
        Choice choice = event.first;
        String content = choice == null ? "" : choice.content;
        List<ToolCallDelta> toolCalls = choice == null ? List.of() : choice.toolCalls;
        Optional<String> finishReason = choice == null ? Optional.empty() : Optional.ofNullable(choice.finishReason).filter(reason -> !reason.isBlank());
        Optional<Usage> usage = event.usage;
        if (content.isEmpty() && toolCalls.isEmpty() && finishReason.isEmpty() && usage.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChatChunk(content, toolCalls, finishReason, usage));
    }

    /** What one event says, as far as it matters here. */
    private static final class Event {
        JsonNode error;
        Choice first;
        Optional<Usage> usage = Optional.empty();
    }

    private static final class Choice {
        int index;
        String content = "";
        List<ToolCallDelta> toolCalls = List.of();
        String finishReason;
    }

    private static void readEvent(JsonParser parser, Event event) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "error" -> {
                    JsonNode error = parser.readValueAsTree();
                    if (error != null && !error.isNull()) {
                        event.error = error;
                    }
                }
                case "choices" -> {
                    if (value == JsonToken.START_ARRAY) {
                        readChoices(parser, event);
                    } else {
                        parser.skipChildren();
                    }
                }
                case "usage" -> event.usage = value == JsonToken.START_OBJECT ? Usages.from(parser.readValueAsTree()) : skip(parser);
                default -> parser.skipChildren();
            }
        }
    }

    private static Optional<Usage> skip(JsonParser parser) throws IOException {
        parser.skipChildren();
        return Optional.empty();
    }

    private static void readChoices(JsonParser parser, Event event) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new com.fasterxml.jackson.core.io.JsonEOFException(parser, null, "the event ends inside 'choices'");
            }
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            Choice choice = readChoice(parser);
            if (event.first == null && choice.index == 0) {
                event.first = choice;
            }
        }
    }

    private static Choice readChoice(JsonParser parser) throws IOException {
        Choice choice = new Choice();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                // a choice without an index is the first one, as a tree's asInt(0) would have it
                case "index" -> choice.index = value.isScalarValue() ? parser.getValueAsInt(0) : skipInt(parser);
                case "delta" -> {
                    if (value == JsonToken.START_OBJECT) {
                        readDelta(parser, choice);
                    } else {
                        parser.skipChildren();
                    }
                }
                case "finish_reason" -> choice.finishReason = scalarText(parser, value);
                default -> parser.skipChildren();
            }
        }
        return choice;
    }

    private static int skipInt(JsonParser parser) throws IOException {
        parser.skipChildren();
        return 0;
    }

    private static void readDelta(JsonParser parser, Choice choice) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "content" -> {
                    String content = scalarText(parser, value);
                    choice.content = content == null ? "" : content;
                }
                case "tool_calls" -> choice.toolCalls = value == JsonToken.START_ARRAY ? toolCalls(parser.readValueAsTree()) : skipCalls(parser);
                default -> parser.skipChildren();
            }
        }
    }

    private static List<ToolCallDelta> skipCalls(JsonParser parser) throws IOException {
        parser.skipChildren();
        return List.of();
    }

    /** A scalar as text (a tree's asText()); null for JSON null; "" for an object or array, which is skipped. */
    private static String scalarText(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value.isStructStart()) {
            parser.skipChildren();
            return "";
        }
        return parser.getValueAsString();
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
