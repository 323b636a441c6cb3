package dev.aegis.plugin.langchain4j;

import dev.aegis.api.PluginContext;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ModelProviderFactory;
import dev.aegis.api.secret.Secret;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import java.util.List;

/** {@code gemini}: Google's Gemini models through the Google AI Gemini API (embeddings: {@link GeminiEmbeddingProviderFactory}). */
public final class GeminiProviderFactory implements ModelProviderFactory<GeminiConfig> {

    @Override
    public String name() {
        return "gemini";
    }

    @Override
    public Class<GeminiConfig> configType() {
        return GeminiConfig.class;
    }

    @Override
    public ModelProvider create(GeminiConfig config, PluginContext context) {
        String apiKey = config.apiKey().map(Secret::reveal).orElse(ConfigChecks.NO_KEY);
        String baseUrl = config.baseUrl().orElse(null);
        GoogleAiGeminiChatModel chat = GoogleAiGeminiChatModel.builder()
                .httpClientBuilder(VirtualThreadHttp.builder())
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .modelName(config.model())
                .maxOutputTokens(config.maxTokens().orElse(null))
                .temperature(config.temperature().orElse(null))
                .timeout(config.timeout())
                .maxRetries(0)
                .build();
        GoogleAiGeminiStreamingChatModel streaming = GoogleAiGeminiStreamingChatModel.builder()
                .httpClientBuilder(VirtualThreadHttp.builder())
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .modelName(config.model())
                .maxOutputTokens(config.maxTokens().orElse(null))
                .temperature(config.temperature().orElse(null))
                .timeout(config.timeout())
                .build();
        FailureMapper failures = new FailureMapper(name(), SecretRedactor.of(List.of(config.apiKey())));
        return new LangChain4jModelProvider(new Backend(config.model(), chat, streaming, config.timeout(), failures));
    }

    @Override
    public String description() {
        return "Google Gemini models (Google AI Gemini API) through LangChain4j.";
    }
}
