package dev.aegis.plugin.langchain4j;

import dev.aegis.api.PluginContext;
import dev.aegis.api.secret.Secret;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.EmbeddingProviderFactory;
import dev.langchain4j.model.googleai.GoogleAiEmbeddingModel;
import java.util.List;
import java.util.Optional;

/** The {@code gemini} embedder: Google's embedding models through the Google AI Gemini API. */
public final class GeminiEmbeddingProviderFactory implements EmbeddingProviderFactory<GeminiEmbeddingConfig> {

    @Override
    public String name() {
        return "gemini";
    }

    @Override
    public Class<GeminiEmbeddingConfig> configType() {
        return GeminiEmbeddingConfig.class;
    }

    @Override
    public EmbeddingProvider create(GeminiEmbeddingConfig config, PluginContext context) {
        String apiKey = config.apiKey().map(Secret::reveal).orElse(ConfigChecks.NO_KEY);
        String baseUrl = config.baseUrl().orElse(null);
        EmbeddingModels models = new EmbeddingModels(Optional.of(config.model()), model -> GoogleAiEmbeddingModel.builder()
                .httpClientBuilder(VirtualThreadHttp.builder())
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .modelName(model)
                .timeout(config.timeout())
                .maxRetries(0)
                .build());
        FailureMapper failures = new FailureMapper(name(), SecretRedactor.of(List.of(config.apiKey())));
        return new LangChain4jEmbeddingProvider(models, config.model(), config.dimensions(), failures, () -> { });
    }

    @Override
    public String description() {
        return "Google's embedding models (Google AI Gemini API) through LangChain4j.";
    }
}
