package dev.aegis.plugin.langchain4j;

import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.ChatResponse;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.EmbeddingResponse;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ProviderException;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/** A {@link ModelProvider} over LangChain4j chat, streaming and embedding models of one vendor. */
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

    /** The backend's embeddings (not yet offered as an embedder: see the embeddings contract). */
    EmbeddingResponse embed(EmbeddingRequest request) {
        if (backend.embeddings().isEmpty()) {
            throw new ProviderException(ProviderException.Failure.UNSUPPORTED, "this backend does not offer embeddings");
        }
        EmbeddingModels embeddings = backend.embeddings().get();
        List<TextSegment> segments;
        try {
            segments = request.inputs().stream().map(TextSegment::from).toList();
        } catch (IllegalArgumentException e) {
            throw new ProviderException(ProviderException.Failure.REJECTED, "inputs to embed must not be blank");
        }
        if (segments.isEmpty()) {
            return new EmbeddingResponse(embeddings.describe(request.model()), List.of(), dev.aegis.api.state.Usage.ZERO);
        }
        Response<List<Embedding>> response;
        try {
            EmbeddingModel model = embeddings.forModel(request.model());
            response = model.embedAll(segments);
        } catch (RuntimeException e) {
            throw backend.failures().map(e);
        }
        List<float[]> vectors = response.content().stream().map(Embedding::vector).toList();
        if (vectors.size() != segments.size()) {
            throw new ProviderException(ProviderException.Failure.FAILED,
                    "the upstream returned " + vectors.size() + " vectors for " + segments.size() + " inputs");
        }
        return new EmbeddingResponse(embeddings.describe(request.model()), vectors, ResponseMapper.usage(response.tokenUsage()));
    }
}
