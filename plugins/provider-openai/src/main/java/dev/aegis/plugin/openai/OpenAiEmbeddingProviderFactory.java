package dev.aegis.plugin.openai;

import dev.aegis.api.PluginContext;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.EmbeddingProviderFactory;

/** The {@code openai} embedder: an OpenAI-compatible {@code /embeddings} API. */
public final class OpenAiEmbeddingProviderFactory implements EmbeddingProviderFactory<OpenAiEmbeddingConfig> {

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public Class<OpenAiEmbeddingConfig> configType() {
        return OpenAiEmbeddingConfig.class;
    }

    @Override
    public EmbeddingProvider create(OpenAiEmbeddingConfig config, PluginContext context) {
        OpenAiConfig connection = config.connection();
        return new OpenAiEmbeddingProvider(config, new UpstreamClient(connection));
    }

    @Override
    public String description() {
        return "An OpenAI-compatible embeddings API: OpenAI, Azure OpenAI, vLLM, Ollama, Mistral, Together…";
    }
}
