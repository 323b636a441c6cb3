package dev.aegis.plugin.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Message;
import dev.aegis.api.state.Role;
import dev.aegis.api.state.ToolCall;
import dev.aegis.api.state.Usage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CompletionTest {

    private static final ChatRequest HELLO = ChatRequest.of("gpt-4o", List.of(Message.user("Say hello.")));

    private final FakeOpenAi upstream = FakeOpenAi.start();
    private final TestProviders providers = new TestProviders();

    @AfterEach
    void stop() {
        providers.close();
        upstream.close();
    }

    @Test
    void anAnswerCarriesItsIdModelMessageFinishReasonAndUsage() {
        ChatResponse response = providers.of(upstream).complete(HELLO);

        assertThat(response.id()).isEqualTo("chatcmpl-1");
        assertThat(response.model()).isEqualTo("gpt-test-0613");
        assertThat(response.message()).isEqualTo(Message.assistant("Hello!"));
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isEqualTo(Usage.ofTokens(12, 3));
    }

    @Test
    void toolCallsAreReadWithTheirArgumentsAsSent() {
        upstream.answer(Answers.json(200, """
                {"id": "chatcmpl-2", "model": "gpt-4o",
                 "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": null,
                   "tool_calls": [
                     {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\\"city\\": \\"Paris\\"}"}},
                     {"id": "call_2", "type": "function", "function": {"name": "get_time", "arguments": "{}"}}]}}],
                 "usage": {"prompt_tokens": 30, "completion_tokens": 20}}
                """));

        ChatResponse response = providers.of(upstream).complete(HELLO);

        assertThat(response.message().role()).isEqualTo(Role.ASSISTANT);
        assertThat(response.message().content()).isEmpty();
        assertThat(response.message().toolCalls()).containsExactly(
                new ToolCall("call_1", "get_weather", "{\"city\": \"Paris\"}"),
                new ToolCall("call_2", "get_time", "{}"));
        assertThat(response.finishReason()).isEqualTo("tool_calls");
        assertThat(response.usage()).isEqualTo(Usage.ofTokens(30, 20));
    }

    @Test
    void aSparseAnswerFromALocalServerStillGivesAFullResponse() {
        upstream.answer(Answers.json(200, "{\"choices\": [{\"message\": {\"content\": \"hi\"}}]}"));

        ChatResponse response = providers.of(upstream).complete(ChatRequest.of("", List.of(Message.user("hi"))));

        assertThat(response.id()).isEmpty();
        assertThat(response.model()).as("the model asked for").isEqualTo("gpt-test");
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isEqualTo(Usage.ZERO);
    }

    @Test
    void anAnswerWithoutChoicesFails() {
        upstream.answer(Answers.json(200, "{\"id\": \"x\", \"choices\": []}"));

        assertThatThrownBy(() -> providers.of(upstream).complete(HELLO))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ProviderException.Failure.FAILED);
                    assertThat(e.upstreamStatus()).hasValue(200);
                });
    }

    @Test
    void anAnswerThatIsNotJsonFails() {
        upstream.answer(Answers.json(200, "<html>proxy says hi</html>"));

        assertThatThrownBy(() -> providers.of(upstream).complete(HELLO))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.failure()).isEqualTo(ProviderException.Failure.FAILED));
    }

    @Test
    void consecutiveCallsReuseOneKeepAliveConnection() {
        OpenAiModelProvider provider = providers.of(upstream);

        provider.complete(HELLO);
        provider.complete(HELLO);
        provider.complete(HELLO);

        assertThat(upstream.requests()).extracting(RecordedRequest::clientPort).containsOnly(upstream.requests().getFirst().clientPort());
    }
}
