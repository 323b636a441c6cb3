package dev.aegis.plugin.openai;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.model.ModelProviderFactory;
import dev.aegis.api.vector.EmbeddingProviderFactory;
import java.util.List;

/** The plugin's entry point. */
public final class OpenAiPlugin implements AegisPlugin {

    @Override
    public List<ModelProviderFactory<?>> modelProviders() {
        return List.of(new OpenAiProviderFactory());
    }

    @Override
    public List<EmbeddingProviderFactory<?>> embeddingProviders() {
        return List.of(new OpenAiEmbeddingProviderFactory());
    }
}
