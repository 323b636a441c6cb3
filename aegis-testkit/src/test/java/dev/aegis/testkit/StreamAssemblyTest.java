package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.state.Usage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StreamAssemblyTest {

    @Test
    void aResponseSurvivesTheRoundTripThroughChunks() {
        ChatResponse response = new ChatResponse("id-1", "m", Message.assistant("Checking.", List.of(new ToolCall("c1", "lookup", "{\"a\":1}"))),
                "tool_calls", Usage.ofTokens(3, 4));

        assertThat(StreamAssembly.responseOf("id-1", "m", StreamAssembly.chunksOf(response))).isEqualTo(response);
    }

    @Test
    void toolCallFragmentsAreJoinedByIndex() {
        List<ChatChunk> chunks = List.of(
                toolChunk(new ToolCallDelta(0, Optional.of("a"), Optional.of("first"), "{\"x\"")),
                toolChunk(new ToolCallDelta(1, Optional.of("b"), Optional.of("second"), "{}")),
                toolChunk(new ToolCallDelta(0, Optional.empty(), Optional.empty(), ":1}")),
                ChatChunk.finish("tool_calls", Usage.ofTokens(1, 1)));

        ChatResponse response = StreamAssembly.responseOf("id", "m", chunks);

        assertThat(response.message().toolCalls()).containsExactly(new ToolCall("a", "first", "{\"x\":1}"), new ToolCall("b", "second", "{}"));
    }

    @Test
    void aStreamWithoutFinishOrUsageAssemblesToStopAndZeroUsage() {
        ChatResponse response = StreamAssembly.responseOf("id", "m", List.of(ChatChunk.text("hi")));

        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isEqualTo(Usage.ZERO);
    }

    private static ChatChunk toolChunk(ToolCallDelta delta) {
        return new ChatChunk("", List.of(delta), Optional.empty(), Optional.empty());
    }
}
