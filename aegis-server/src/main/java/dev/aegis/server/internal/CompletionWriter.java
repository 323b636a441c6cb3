package dev.aegis.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Usage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes OpenAI chat-completion objects and chunks. A text chunk, the bulk of a stream, is written as
 * a server-sent event straight from a prefix made once per stream, the escaped text and a fixed
 * suffix, into a buffer reused from chunk to chunk: the JSON generator's bytes, except that a
 * character beyond the BMP is written as UTF-8 where the generator writes two escapes.
 */
public final class CompletionWriter {

    private static final byte[] TEXT_EVENT_END = "},\"finish_reason\":null}]}\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final String id;
    private final String model;
    private final long created;
    private byte[] textEventStart;
    private byte[] event = new byte[512];

    public CompletionWriter(String runId, String model, long created) {
        this.id = "chatcmpl-" + runId;
        this.model = model;
        this.created = created;
    }

    public byte[] completion(Message answer, String finishReason, Usage usage) {
        return completion(answer, finishReason, usage, Optional.empty());
    }

    /** A completion with the run's citations in the {@code aegis} extension object, when it retrieved (see {@link Citation}). */
    byte[] completion(Message answer, String finishReason, Usage usage, Optional<List<Citation>> citations) {
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
            json.writeStringField("finish_reason", wireFinishReason(finishReason));
            json.writeEndObject();
            json.writeEndArray();
            usage(json, usage);
            Citation.writeExtension(json, citations);
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

    /**
     * Writes {@code data: <a text chunk without the role>}, the blank line included, in one write:
     * the same JSON as {@code "data: " + textChunk(text, false) + "\n\n"}.
     */
    public void writeTextEvent(OutputStream out, String text) throws IOException {
        if (textEventStart == null) {
            byte[] chunk = textChunk("", false);
            // the generated chunk ends with the empty content: ..."delta":{"content":""},"finish_reason":null}]}
            int cut = chunk.length - "\"\"".length() - (TEXT_EVENT_END.length - 2);
            textEventStart = new byte[6 + cut];
            System.arraycopy("data: ".getBytes(StandardCharsets.US_ASCII), 0, textEventStart, 0, 6);
            System.arraycopy(chunk, 0, textEventStart, 6, cut);
        }
        int length = textEventStart.length;
        ensure(length + 2 + text.length() * 6 + TEXT_EVENT_END.length);
        System.arraycopy(textEventStart, 0, event, 0, length);
        event[length++] = '"';
        length = escape(text, length);
        event[length++] = '"';
        System.arraycopy(TEXT_EVENT_END, 0, event, length, TEXT_EVENT_END.length);
        out.write(event, 0, length + TEXT_EVENT_END.length);
    }

    private void ensure(int capacity) {
        if (event.length < capacity) {
            event = Arrays.copyOf(event, Math.max(capacity, event.length * 2));
        }
    }

    // JSON string content as the generator writes it: quote, backslash and control characters escaped
    // (the short forms where JSON has them), everything else as UTF-8; a lone surrogate becomes U+FFFD.
    private int escape(String text, int at) {
        byte[] out = event;
        int n = at;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out[n++] = (byte) c;
                    continue;
                }
                out[n++] = '\\';
                switch (c) {
                    case '"' -> out[n++] = '"';
                    case '\\' -> out[n++] = '\\';
                    case '\n' -> out[n++] = 'n';
                    case '\r' -> out[n++] = 'r';
                    case '\t' -> out[n++] = 't';
                    case '\b' -> out[n++] = 'b';
                    case '\f' -> out[n++] = 'f';
                    default -> {
                        out[n++] = 'u';
                        out[n++] = '0';
                        out[n++] = '0';
                        out[n++] = HEX[c >> 4];
                        out[n++] = HEX[c & 0xF];
                    }
                }
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                out[n++] = (byte) (0xF0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                char bmp = Character.isSurrogate(c) ? '\uFFFD' : c;
                out[n++] = (byte) (0xE0 | (bmp >> 12));
                out[n++] = (byte) (0x80 | ((bmp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (bmp & 0x3F));
            }
        }
        return n;
    }

    /** The first chunk of a stream: the assistant's role and empty content, as OpenAI starts one. */
    public byte[] roleChunk() {
        return textChunk("", true);
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
        return finishChunk(finishReason, first, Optional.empty());
    }

    /** The last chunk of a stream, with the run's citations in the {@code aegis} extension object when it retrieved. */
    byte[] finishChunk(String finishReason, boolean first, Optional<List<Citation>> citations) {
        return chunk(json -> {
            if (first) {
                json.writeStringField("role", "assistant");
            }
        }, finishReason, citations);
    }

    public byte[] usageChunk(Usage usage) {
        return usageChunk(usage, Optional.empty());
    }

    byte[] usageChunk(Usage usage, Optional<List<Citation>> citations) {
        return Json.bytes(json -> {
            header(json, "chat.completion.chunk");
            json.writeArrayFieldStart("choices");
            json.writeEndArray();
            usage(json, usage);
            Citation.writeExtension(json, citations);
            json.writeEndObject();
        });
    }

    /**
     * The finish reason as the OpenAI API names it: an upstream or provider may say otherwise (Anthropic's
     * {@code end_turn}, {@code max_tokens}, {@code tool_use}; vLLM's {@code abort}; a missing one), and
     * the official clients, like /openapi.json, know only these five.
     */
    static String wireFinishReason(String reason) {
        if (reason == null) {
            return "stop";
        }
        return switch (reason) {
            case "stop", "length", "tool_calls", "content_filter", "function_call" -> reason;
            case "max_tokens", "max_output_tokens", "model_length" -> "length";
            case "tool_use", "tool_call", "function_calls" -> "tool_calls";
            case "safety", "recitation", "blocklist", "prohibited_content", "refusal" -> "content_filter";
            default -> "stop";
        };
    }

    private byte[] chunk(Json.Body delta, String finishReason) {
        return chunk(delta, finishReason, Optional.empty());
    }

    private byte[] chunk(Json.Body delta, String finishReason, Optional<List<Citation>> citations) {
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
                json.writeStringField("finish_reason", wireFinishReason(finishReason));
            }
            json.writeEndObject();
            json.writeEndArray();
            Citation.writeExtension(json, citations);
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
