package dev.aegis.plugin.openai;

import dev.aegis.api.PluginContext;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.EmbeddingProviderFactory;
import java.util.Map;

/** The {@code openai} embedder: an OpenAI-compatible {@code /embeddings} API. */
public final class OpenAiEmbeddingProviderFactory implements EmbeddingProviderFactory<OpenAiConfig> {

    /** The vector lengths of OpenAI's embedding models at their default size. */
    private static final Map<String, Integer> KNOWN_DIMENSIONS = Map.of(
            "text-embedding-3-small", 1536,
            "text-embedding-3-large", 3072,
            "text-embedding-ada-002", 1536);

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public Class<OpenAiConfig> configType() {
        return OpenAiConfig.class;
    }

    @Override
    public EmbeddingProvider create(OpenAiConfig config, PluginContext context) {
        String model = config.model().orElseThrow(() -> new IllegalArgumentException(
                "an openai embedder needs 'model' (e.g. text-embedding-3-small)"));
        int dimensions = context.labels().containsKey("dimensions")
                ? Integer.parseInt(context.labels().get("dimensions"))
                : KNOWN_DIMENSIONS.getOrDefault(model, 0);
        if (dimensions < 1) {
            throw new IllegalArgumentException("the vector length of model '" + model + "' is not known: give the entry a label 'dimensions'");
        }
        return new OpenAiEmbeddingProvider(config, new UpstreamClient(config), dimensions);
    }

    @Override
    public String description() {
        return "An OpenAI-compatible embeddings API: OpenAI, Azure OpenAI, vLLM, Ollama, Mistral, Together…";
    }
}
