package dev.aegis.plugin.openai;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ToolDefinition;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Writes the body of {@code POST /chat/completions} in one streaming pass. */
final class ChatBodyWriter {

    private static final Set<String> ALWAYS_OURS = Set.of("model", "messages", "stream");
    private static final int MAX_NAME = 64;

    private final Optional<String> defaultModel;
    private final boolean streamUsage;

    /**
     * @param defaultModel for requests that name none
     * @param streamUsage adds {@code stream_options.include_usage} to streams whose client set no stream options
     */
    ChatBodyWriter(Optional<String> defaultModel, boolean streamUsage) {
        this.defaultModel = defaultModel;
        this.streamUsage = streamUsage;
    }

    byte[] write(ChatRequest request, boolean stream) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 + 256 * request.messages().size());
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.writeStartObject();
            Optional<String> model = request.model().isBlank() ? defaultModel : Optional.of(request.model());
            if (model.isPresent()) {
                json.writeStringField("model", model.get());
            }
            json.writeArrayFieldStart("messages");
            for (Message message : request.messages()) {
                writeMessage(json, message);
            }
            json.writeEndArray();
            Set<String> reserved = new HashSet<>(ALWAYS_OURS);
            if (!request.tools().isEmpty()) {
                writeTools(json, request);
                reserved.add("tools");
            }
            if (stream) {
                json.writeBooleanField("stream", true);
                if (streamUsage && request.parameter("stream_options").isEmpty()) {
                    json.writeObjectFieldStart("stream_options");
                    json.writeBooleanField("include_usage", true);
                    json.writeEndObject();
                }
            } else {
                // OpenAI refuses stream_options on a call that does not stream
                reserved.add("stream_options");
            }
            RawParameters.write(json, request.parameters(), reserved);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the request body", e);
        }
        return out.toByteArray();
    }

    private static void writeMessage(JsonGenerator json, Message message) throws IOException {
        json.writeStartObject();
        json.writeStringField("role", message.role().wireName());
        if (message.content().isEmpty() && !message.toolCalls().isEmpty()) {
            // OpenAI's shape for an assistant turn that only calls tools
            json.writeNullField("content");
        } else {
            json.writeStringField("content", message.content());
        }
        Optional<String> name = message.name().map(ChatBodyWriter::participantName).filter(folded -> !folded.isEmpty());
        if (name.isPresent()) {
            json.writeStringField("name", name.get());
        }
        if (!message.toolCalls().isEmpty()) {
            json.writeArrayFieldStart("tool_calls");
            for (ToolCall call : message.toolCalls()) {
                json.writeStartObject();
                json.writeStringField("id", call.id());
                json.writeStringField("type", "function");
                json.writeObjectFieldStart("function");
                json.writeStringField("name", call.name());
                json.writeStringField("arguments", call.arguments());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (message.toolCallId().isPresent()) {
            json.writeStringField("tool_call_id", message.toolCallId().get());
        }
        json.writeEndObject();
    }

    /**
     * A name OpenAI accepts (1 to 64 letters, digits, '_' or '-'): a guard may have replaced a name
     * with a placeholder such as {@code <PERSON_1>}, which would otherwise fail the whole request.
     */
    static String participantName(String name) {
        StringBuilder folded = new StringBuilder(Math.min(name.length(), MAX_NAME));
        for (int i = 0; i < name.length() && folded.length() < MAX_NAME; i++) {
            char c = name.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
            folded.append(allowed ? c : '_');
        }
        return folded.toString();
    }

    private static void writeTools(JsonGenerator json, ChatRequest request) throws IOException {
        json.writeArrayFieldStart("tools");
        for (ToolDefinition tool : request.tools()) {
            json.writeStartObject();
            json.writeStringField("type", "function");
            json.writeObjectFieldStart("function");
            json.writeStringField("name", tool.name());
            if (!tool.description().isEmpty()) {
                json.writeStringField("description", tool.description());
            }
            if (!tool.parameters().isBlank()) {
                json.writeFieldName("parameters");
                json.writeRawValue(tool.parameters());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
