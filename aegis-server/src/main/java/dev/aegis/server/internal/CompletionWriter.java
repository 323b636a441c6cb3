package dev.aegis.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Usage;
import java.io.IOException;

/** Writes OpenAI chat-completion objects and chunks. */
public final class CompletionWriter {

    private final String id;
    private final String model;
    private final long created;

    public CompletionWriter(String runId, String model, long created) {
        this.id = "chatcmpl-" + runId;
        this.model = model;
        this.created = created;
    }

    public byte[] completion(Message answer, String finishReason, Usage usage) {
        return Json.bytes(json -> {
            header(json, "chat.completion");
            json.writeArrayFieldStart("choices");
            json.writeStartObject();
            json.writeNumberField("index", 0);
            json.writeObjectFieldStart("message");
            json.writeStringField("role", "assistant");
            if (answer.content().isEmpty() && !answer.toolCalls().isEmpty()) {
                json.writeNullField("content");
            } else {
                json.writeStringField("content", answer.content());
            }
            RunDocument.toolCalls(json, answer);
            json.writeEndObject();
            json.writeStringField("finish_reason", finishReason);
            json.writeEndObject();
            json.writeEndArray();
            usage(json, usage);
            json.writeEndObject();
        });
    }

    public byte[] textChunk(String text, boolean first) {
        return chunk(json -> {
            if (first) {
                json.writeStringField("role", "assistant");
            }
            json.writeStringField("content", text);
        }, null);
    }

    public byte[] toolCallChunk(ToolCallDelta delta, boolean first) {
        return chunk(json -> {
            if (first) {
                json.writeStringField("role", "assistant");
            }
            json.writeArrayFieldStart("tool_calls");
            json.writeStartObject();
            json.writeNumberField("index", delta.index());
            if (delta.id().isPresent()) {
                json.writeStringField("id", delta.id().get());
                json.writeStringField("type", "function");
            }
            json.writeObjectFieldStart("function");
            if (delta.name().isPresent()) {
                json.writeStringField("name", delta.name().get());
            }
            json.writeStringField("arguments", delta.arguments());
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
        }, null);
    }

    public byte[] finishChunk(String finishReason, boolean first) {
        return chunk(json -> {
            if (first) {
                json.writeStringField("role", "assistant");
            }
        }, finishReason);
    }

    public byte[] usageChunk(Usage usage) {
        return Json.bytes(json -> {
            header(json, "chat.completion.chunk");
            json.writeArrayFieldStart("choices");
            json.writeEndArray();
            usage(json, usage);
            json.writeEndObject();
        });
    }

    private byte[] chunk(Json.Body delta, String finishReason) {
        return Json.bytes(json -> {
            header(json, "chat.completion.chunk");
            json.writeArrayFieldStart("choices");
            json.writeStartObject();
            json.writeNumberField("index", 0);
            json.writeObjectFieldStart("delta");
            delta.write(json);
            json.writeEndObject();
            if (finishReason == null) {
                json.writeNullField("finish_reason");
            } else {
                json.writeStringField("finish_reason", finishReason);
            }
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private void header(JsonGenerator json, String object) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("object", object);
        json.writeNumberField("created", created);
        json.writeStringField("model", model);
    }

    private static void usage(JsonGenerator json, Usage usage) throws IOException {
        json.writeObjectFieldStart("usage");
        json.writeNumberField("prompt_tokens", usage.inputTokens());
        json.writeNumberField("completion_tokens", usage.outputTokens());
        json.writeNumberField("total_tokens", usage.totalTokens());
        json.writeEndObject();
    }
}
