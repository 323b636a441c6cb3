package dev.aegis.plugin.mock;

import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.state.Usage;
import java.util.List;

/**
 * A deterministic {@link ModelProvider}: the same request always gets the same answer, completed
 * or streamed, with no network and no model. Stateless, so thread-safe.
 */
public final class MockModelProvider implements ModelProvider {

    private final MockProviderConfig config;
    private final MockResponder responder;

    public MockModelProvider(MockProviderConfig config) {
        this.config = config;
        this.responder = new MockResponder(config);
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        MockAnswer answer = responder.answer(request);
        // as slow as the stream of the same answer, so timeouts behave alike on both paths
        Pause.of(config.chunkDelay().multipliedBy(MockChunks.of(answer, config.chunkSize()).size()));
        return answer.toResponse();
    }

    @Override
    public ChatStream stream(ChatRequest request) {
        List<ChatChunk> chunks = MockChunks.of(responder.answer(request), config.chunkSize());
        return new MockChatStream(chunks, config.chunkDelay());
    }


    @Override
    public String toString() {
        return "MockModelProvider[" + config.model() + "]";
    }
}
