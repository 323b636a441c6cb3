package dev.aegis.plugin.langchain4j;

import dev.aegis.api.PluginContext;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.EmbeddingProviderFactory;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import java.util.List;
import java.util.Optional;

/** The {@code ollama} embedder: embedding models served by Ollama ({@code /api/embed}). */
public final class OllamaEmbeddingProviderFactory implements EmbeddingProviderFactory<OllamaEmbeddingConfig> {

    @Override
    public String name() {
        return "ollama";
    }

    @Override
    public Class<OllamaEmbeddingConfig> configType() {
        return OllamaEmbeddingConfig.class;
    }

    @Override
    public EmbeddingProvider create(OllamaEmbeddingConfig config, PluginContext context) {
        EmbeddingModels models = new EmbeddingModels(Optional.of(config.model()), model -> OllamaEmbeddingModel.builder()
                .httpClientBuilder(VirtualThreadHttp.builder())
                .baseUrl(config.baseUrl())
                .modelName(model)
                .timeout(config.timeout())
                .maxRetries(0)
                .build());
        return new LangChain4jEmbeddingProvider(models, config.model(), config.dimensions(), new FailureMapper(name(), SecretRedactor.of(List.of())), () -> { });
    }

    @Override
    public String description() {
        return "Embedding models served by Ollama (/api/embed) through LangChain4j.";
    }
}
