package dev.aegis.plugin.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.model.ToolCallDelta;
import dev.aegis.api.state.Usage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChunkReaderTest {

    private final ChunkReader reader = new ChunkReader(200, Optional.empty());

    @Test
    void aTextDeltaIsItsContent() {
        assertThat(read("{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\\\"lo\\u00e9\"},\"finish_reason\":null}]}"))
                .contains(ChatChunk.text("Hel\"loé"));
    }

    @Test
    void aRoleOnlyDeltaAndAnEmptyEventCarryNothing() {
        assertThat(read("{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}")).isEmpty();
        assertThat(read("{\"choices\":[{\"index\":0,\"delta\":{\"content\":null}}]}")).isEmpty();
        assertThat(read("{}")).isEmpty();
    }

    @Test
    void theFinishReasonAndTheUsageAreRead() {
        assertThat(read("{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3,\"total_tokens\":15}}"))
                .contains(new ChatChunk("", List.of(), Optional.of("stop"), Optional.of(Usage.ofTokens(12, 3))));
        assertThat(read("{\"choices\":[],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2}}"))
                .contains(new ChatChunk("", List.of(), Optional.empty(), Optional.of(Usage.ofTokens(1, 2))));
        assertThat(read("{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"  \"}],\"usage\":null}")).as("a blank finish reason").isEmpty();
    }

    @Test
    void onlyTheFirstChoiceCountsWhereverItsIndexIsWritten() {
        assertThat(read("{\"choices\":[{\"delta\":{\"content\":\"other\"},\"index\":1},{\"delta\":{\"content\":\"mine\"},\"index\":0}]}"))
                .contains(ChatChunk.text("mine"));
        assertThat(read("{\"choices\":[{\"delta\":{\"content\":\"no index\"}}]}")).contains(ChatChunk.text("no index"));
        assertThat(read("{\"choices\":[{\"index\":1,\"delta\":{\"content\":\"other\"}}]}")).isEmpty();
    }

    @Test
    void toolCallFragmentsAreRead() {
        assertThat(read("{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"weather\",\"arguments\":\"{\\\"ci\"}},{\"function\":{\"arguments\":{\"a\":1}}}]}}]}"))
                .contains(new ChatChunk("", List.of(
                        new ToolCallDelta(0, Optional.of("call_1"), Optional.of("weather"), "{\"ci"),
                        new ToolCallDelta(1, Optional.empty(), Optional.empty(), "{\"a\":1}")), Optional.empty(), Optional.empty()));
    }

    @Test
    void unknownFieldsOfAnyShapeAreSkipped() {
        assertThat(read("{\"x\":{\"choices\":[{\"delta\":{\"content\":\"no\"}}]},\"choices\":[{\"index\":0,\"logprobs\":{\"content\":[1,2]},"
                + "\"delta\":{\"refusal\":null,\"content\":\"yes\",\"extra\":[{}]}}],\"system_fingerprint\":\"fp\"}"))
                .contains(ChatChunk.text("yes"));
    }

    @Test
    void anErrorEventFailsWithItsMessage() {
        assertThatThrownBy(() -> read("{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}"))
                .isInstanceOf(ProviderException.class).hasMessageContaining("overloaded");
        assertThatThrownBy(() -> read("{\"choices\":[],\"error\":\"boom\"}"))
                .isInstanceOf(ProviderException.class).hasMessageContaining("boom");
        assertThat(read("{\"error\":null,\"choices\":[{\"index\":0,\"delta\":{\"content\":\"fine\"}}]}")).contains(ChatChunk.text("fine"));
    }

    @Test
    void anEventThatIsNotAJsonObjectFails() {
        for (String bad : List.of("[1,2]", "\"text\"", "{\"choices\":[{\"delta\":{\"content\":\"cut", "{\"choices\":[", "not json", "")) {
            assertThatThrownBy(() -> read(bad)).as(bad).isInstanceOf(ProviderException.class);
        }
    }

    @Test
    void anEventInsideALargerBufferIsReadInPlace() {
        byte[] buffer = "xx{\"choices\":[{\"delta\":{\"content\":\"mid\"}}]}yy".getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read(buffer, 2, buffer.length - 4)).contains(ChatChunk.text("mid"));
    }

    private Optional<ChatChunk> read(String event) {
        return reader.read(event.getBytes(StandardCharsets.UTF_8));
    }
}
