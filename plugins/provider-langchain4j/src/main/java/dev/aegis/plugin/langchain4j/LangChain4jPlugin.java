package dev.aegis.plugin.langchain4j;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.model.ModelProviderFactory;
import dev.aegis.api.vector.EmbeddingProviderFactory;
import java.util.List;

/** The plugin's entry point: the four vendors LangChain4j reaches for us, and the embedders of three of them. */
public final class LangChain4jPlugin implements AegisPlugin {

    @Override
    public List<ModelProviderFactory<?>> modelProviders() {
        return List.of(new AnthropicProviderFactory(), new GeminiProviderFactory(), new OllamaProviderFactory(), new BedrockProviderFactory());
    }

    @Override
    public List<EmbeddingProviderFactory<?>> embeddingProviders() {
        return List.of(new OllamaEmbeddingProviderFactory(), new GeminiEmbeddingProviderFactory(), new BedrockEmbeddingProviderFactory());
    }
}
