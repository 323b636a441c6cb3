package dev.aegis.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.aegis.api.state.Event;
import dev.aegis.api.state.Halt;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import dev.aegis.runtime.RunResult;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The native API's view of a run: status, output, why it stopped, usage, the citations of the passages
 * it retrieved ({@link Citation}) and its event log. Never the mask map, never a passage's text.
 */
public final class RunDocument {

    private RunDocument() {}

    /** The run as its caller was answered: the output as released, originals restored by the egress steps. */
    public static byte[] of(RunResult result) {
        return of(result, result.answer());
    }

    /**
     * The run as the model saw it: originals the mask map holds are back behind their placeholders
     * in the output. For whoever may read the run without being allowed its personal data.
     */
    public static byte[] masked(RunResult result) {
        return of(result, result.answer().map(answer -> MaskedOutput.mask(answer, result.state().maskMap()).message()));
    }

    static byte[] of(RunResult result, Optional<Message> output) {
        return Json.bytes(json -> {
            json.writeStartObject();
            json.writeStringField("id", result.state().runId());
            json.writeStringField("object", "run");
            json.writeStringField("route", result.state().route());
            json.writeStringField("status", result.status().name().toLowerCase(Locale.ROOT));
            if (output.isPresent()) {
                json.writeFieldName("output");
                message(json, output.get());
                json.writeStringField("finish_reason", result.finishReason().orElse("stop"));
            } else {
                json.writeNullField("output");
            }
            if (result.halt().isPresent()) {
                halt(json, result.halt().get());
            }
            if (result.failure().isPresent()) {
                json.writeObjectFieldStart("error");
                json.writeStringField("code", result.failure().get().code());
                json.writeStringField("message", Outcomes.withoutAddresses(result.failure().get().getMessage()));
                json.writeEndObject();
            }
            result.state().get(dev.aegis.api.state.RunState.TARGET).ifPresent(target -> {
                try {
                    json.writeStringField("target", target.provider());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            json.writeObjectFieldStart("usage");
            json.writeNumberField("prompt_tokens", result.usage().inputTokens());
            json.writeNumberField("completion_tokens", result.usage().outputTokens());
            json.writeNumberField("total_tokens", result.usage().totalTokens());
            json.writeStringField("cost", result.usage().cost().toPlainString());
            json.writeEndObject();
            Optional<List<Citation>> citations = Citation.of(result.state());
            if (citations.isPresent()) {
                Citation.write(json, citations.get());
            }
            json.writeObjectFieldStart("labels");
            for (Map.Entry<String, String> label : result.state().labels().entrySet()) {
                json.writeStringField(label.getKey(), label.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("events");
            for (Event event : result.state().events()) {
                event(json, event);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void halt(JsonGenerator json, Halt halt) throws IOException {
        json.writeObjectFieldStart("halt");
        json.writeStringField("source", halt.source());
        json.writeStringField("reason", halt.reason());
        if (halt instanceof Halt.Refused refused) {
            json.writeStringField("code", refused.code());
            json.writeStringField("kind", refused.kind().name().toLowerCase(Locale.ROOT));
            if (refused.retryAt().isPresent()) {
                json.writeStringField("retry_at", refused.retryAt().get().toString());
            }
        } else {
            json.writeStringField("code", "approval_required");
        }
        json.writeEndObject();
    }

    static void message(JsonGenerator json, Message message) throws IOException {
        json.writeStartObject();
        json.writeStringField("role", message.role().wireName());
        json.writeStringField("content", message.content());
        toolCalls(json, message);
        json.writeEndObject();
    }

    /** The message's tool calls in OpenAI's shape, when it has any. */
    static void toolCalls(JsonGenerator json, Message message) throws IOException {
        if (message.toolCalls().isEmpty()) {
            return;
        }
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

    static void event(JsonGenerator json, Event event) throws IOException {
        json.writeStartObject();
        json.writeStringField("time", event.time().toString());
        json.writeStringField("source", event.source());
        json.writeStringField("type", event.type());
        json.writeStringField("detail", event.detail());
        json.writeObjectFieldStart("attributes");
        for (Map.Entry<String, String> attribute : event.attributes().entrySet()) {
            json.writeStringField(attribute.getKey(), attribute.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }
}
