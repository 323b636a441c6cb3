package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ProviderException;
import dev.aegis.api.state.Message;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A LangChain4j model may deliver a whole answer inside {@code chat()} (the JDK client does when the
 * response is already there). The provider must still hand the stream over before it is produced.
 */
class SynchronousStreamingTest {

    private static final int PIECES = StreamBridge.CAPACITY * 3;

    @Test
    void anAnswerDeliveredInsideChatLargerThanTheQueueStillStreamsInFull() {
        StreamingChatModel synchronous = new StreamingChatModel() {
            @Override
            public void doChat(dev.langchain4j.model.chat.request.ChatRequest request, StreamingChatResponseHandler handler) {
                for (int i = 0; i < PIECES; i++) {
                    handler.onPartialResponse("x");
                }
                handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from("x".repeat(PIECES))).finishReason(FinishReason.STOP).build());
            }
        };

        List<ChatChunk> chunks;
        try (ChatStream stream = provider(synchronous).stream(ChatRequest.of("", List.of(Message.user("Hi"))))) {
            chunks = TestProviders.drain(stream);
        }

        assertThat(TestProviders.text(chunks)).hasSize(PIECES);
        assertThat(chunks.getLast().finishReason()).contains("stop");
    }

    @Test
    void anExceptionThrownByChatArrivesAsAProviderExceptionOnRead() {
        StreamingChatModel broken = new StreamingChatModel() {
            @Override
            public void doChat(dev.langchain4j.model.chat.request.ChatRequest request, StreamingChatResponseHandler handler) {
                throw new IllegalStateException("no model");
            }
        };

        try (ChatStream stream = provider(broken).stream(ChatRequest.of("", List.of(Message.user("Hi"))))) {
            assertThat(catchThrowable(stream::next)).isInstanceOf(ProviderException.class).hasMessageContaining("no model");
        }
    }

    private static ModelProvider provider(StreamingChatModel streaming) {
        ChatModel unused = new ChatModel() {};
        return new LangChain4jModelProvider(new Backend("m", unused, streaming, Duration.ofSeconds(5),
                new FailureMapper("test", SecretRedactor.of(List.of()))));
    }
}
