package dev.aegis.plugin.langchain4j;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import java.util.concurrent.ThreadFactory;

/** A {@link ModelProvider} over LangChain4j chat and streaming models of one vendor. */
final class LangChain4jModelProvider implements ModelProvider {

    private static final ThreadFactory STREAMS = Thread.ofVirtual().name("aegis-langchain4j-stream-", 0).factory();

    private final Backend backend;

    LangChain4jModelProvider(Backend backend) {
        this.backend = backend;
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
        var mapped = RequestMapper.toLangChain4j(request, backend.defaultModel());
        dev.langchain4j.model.chat.response.ChatResponse response;
        try {
            response = backend.chat().chat(mapped);
        } catch (RuntimeException e) {
            throw backend.failures().map(e);
        }
        return ResponseMapper.toAegis(response, mapped.modelName());
    }

    @Override
    public ChatStream stream(ChatRequest request) {
        var mapped = RequestMapper.toLangChain4j(request, backend.defaultModel());
        StreamBridge stream = new StreamBridge(backend.failures(), backend.idleTimeout());
        // LangChain4j may run the whole exchange inside chat(): the JDK client parses a response that
        // arrived quickly on the thread that attached the callback. On our caller's thread that would
        // fill the bounded queue before anyone reads it, so the call starts on a virtual thread of its own.
        STREAMS.newThread(() -> {
            try {
                backend.streaming().chat(mapped, stream);
            } catch (RuntimeException e) {
                stream.onError(e);
            }
        }).start();
        return stream;
    }
}
