package dev.aegis.plugin.langchain4j;

import dev.aegis.api.model.ProviderException;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * LangChain4j fixes an embedding model's name when it is built, while our requests may name
 * another: one model per name, built on first use. Only a few are kept, so clients naming
 * arbitrary models cannot grow memory without bound.
 */
final class EmbeddingModels {

    private static final int MAX_CACHED = 16;

    private final Optional<String> defaultModel;
    private final Function<String, EmbeddingModel> builder;
    private final ConcurrentMap<String, EmbeddingModel> built = new ConcurrentHashMap<>();

    EmbeddingModels(Optional<String> defaultModel, Function<String, EmbeddingModel> builder) {
        this.defaultModel = defaultModel;
        this.builder = builder;
    }

    /** @throws ProviderException {@code REJECTED} when neither the request nor the configuration names a model */
    EmbeddingModel forModel(String requested) {
        String name = requested.isBlank()
                ? defaultModel.orElseThrow(() -> new ProviderException(ProviderException.Failure.REJECTED,
                        "no embedding model: name one in the request or configure the embedder's model"))
                : requested;
        EmbeddingModel cached = built.get(name);
        if (cached != null) {
            return cached;
        }
        return built.size() < MAX_CACHED ? built.computeIfAbsent(name, builder) : builder.apply(name);
    }

    String describe(String requested) {
        return requested.isBlank() ? defaultModel.orElse("") : requested;
    }
}
