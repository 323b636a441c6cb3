package dev.aegis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Usage;
import dev.aegis.server.AegisServer;
import dev.aegis.server.internal.CompletionWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The stream schemas of the served {@code /openapi.json} hold what the writers write and nothing else: every kind of
 * chat-completion chunk {@link CompletionWriter} makes conforms to {@code ChatCompletionChunk}, and a run's
 * {@code delta} event is content or a tool-call fragment, never neither and never both.
 */
class StreamSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DOCUMENT = document();
    private static final SchemaValidator VALIDATOR = new SchemaValidator(DOCUMENT);
    private static final JsonNode CHUNK = VALIDATOR.resolve("#/components/schemas/ChatCompletionChunk");
    private static final JsonNode DELTA = VALIDATOR.resolve("#/components/schemas/RunDelta");

    @Test
    void everyChunkTheWriterMakesConformsToChatCompletionChunk() throws IOException {
        CompletionWriter writer = new CompletionWriter("run_1", "mock-1", 1_700_000_000L);
        ByteArrayOutputStream event = new ByteArrayOutputStream();
        writer.writeTextEvent(event, "a \"quoted\" line\n");
        String data = event.toString(StandardCharsets.UTF_8);
        assertThat(data).startsWith("data: ").endsWith("\n\n");

        List<byte[]> chunks = List.of(writer.roleChunk(), writer.textChunk("Hello", true), writer.textChunk("world", false),
                data.substring("data: ".length()).strip().getBytes(StandardCharsets.UTF_8),
                writer.toolCallChunk(new ToolCallDelta(0, Optional.of("call_1"), Optional.of("lookup"), "{\"q\""), true),
                writer.toolCallChunk(new ToolCallDelta(0, Optional.empty(), Optional.empty(), ": 1}"), false),
                writer.finishChunk("stop", false), writer.finishChunk("tool_calls", true), writer.usageChunk(Usage.ofTokens(3, 5)));
        for (byte[] chunk : chunks) {
            assertThat(VALIDATOR.validate(CHUNK, json(chunk))).as(new String(chunk, StandardCharsets.UTF_8)).isEmpty();
        }
    }

    @Test
    void aChunkWithAFinishReasonTheDocumentDoesNotKnowOrAStrayFieldIsRejected() {
        CompletionWriter writer = new CompletionWriter("run_1", "mock-1", 1_700_000_000L);

        // the writer names a provider's own reason as the API does ...
        assertThat(VALIDATOR.validate(CHUNK, json(writer.finishChunk("end_turn", false)))).isEmpty();
        // ... and a chunk that did not would be caught
        assertThat(VALIDATOR.validate(CHUNK, json("""
                {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "m",
                 "choices": [{"index": 0, "delta": {}, "finish_reason": "paused"}]}""")))
                .containsExactly("/choices/0/finish_reason: \"paused\" is not one of [\"stop\",\"length\",\"tool_calls\",\"content_filter\",\"function_call\",null]");
        assertThat(VALIDATOR.validate(CHUNK, json("""
                {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "m",
                 "choices": [{"index": 0, "delta": {"text": "hi"}, "finish_reason": null}]}""")))
                .containsExactly("/choices/0/delta/text: nothing is allowed here");
    }

    @Test
    void aRunDeltaIsContentOrAToolCallFragment() {
        assertThat(VALIDATOR.validate(DELTA, json("{\"content\": \"Hello\"}"))).isEmpty();
        assertThat(VALIDATOR.validate(DELTA, json("{\"tool_call\": {\"index\": 0, \"id\": \"call_1\", \"name\": \"lookup\", \"arguments\": \"{}\"}}")))
                .isEmpty();
        assertThat(VALIDATOR.validate(DELTA, json("{\"tool_call\": {\"index\": 1, \"arguments\": \"}\"}}"))).isEmpty();

        assertThat(VALIDATOR.validate(DELTA, json("{}"))).singleElement().asString().startsWith("/: matches none of oneOf");
        assertThat(VALIDATOR.validate(DELTA, json("{\"content\": \"Hello\", \"tool_call\": {\"index\": 0, \"arguments\": \"{}\"}}")))
                .containsExactly("/: matches 2 arms of oneOf, not exactly one");
        assertThat(VALIDATOR.validate(DELTA, json("{\"content\": \"Hello\", \"role\": \"assistant\"}"))).containsExactly("/role: nothing is allowed here");
    }

    private static JsonNode document() {
        try (InputStream in = AegisServer.class.getResourceAsStream("/dev/aegis/server/openapi.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(byte[] bytes) {
        return json(new String(bytes, StandardCharsets.UTF_8));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
