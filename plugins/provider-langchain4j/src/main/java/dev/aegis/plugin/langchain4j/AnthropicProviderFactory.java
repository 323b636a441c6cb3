package dev.aegis.plugin.langchain4j;

import dev.aegis.api.PluginContext;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ModelProviderFactory;
import dev.aegis.api.secret.Secret;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import java.util.List;

/** {@code anthropic}: Claude models through Anthropic's Messages API. */
public final class AnthropicProviderFactory implements ModelProviderFactory<AnthropicConfig> {

    @Override
    public String name() {
        return "anthropic";
    }

    @Override
    public Class<AnthropicConfig> configType() {
        return AnthropicConfig.class;
    }

    @Override
    public ModelProvider create(AnthropicConfig config, PluginContext context) {
        String apiKey = config.apiKey().map(Secret::reveal).orElse(ConfigChecks.NO_KEY);
        String baseUrl = config.baseUrl().orElse(null);
        Double temperature = config.temperature().orElse(null);
        AnthropicChatModel chat = AnthropicChatModel.builder()
                .httpClientBuilder(VirtualThreadHttp.builder())
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .modelName(config.model())
                .maxTokens(config.maxTokens())
                .temperature(temperature)
                .timeout(config.timeout())
                // the runtime decides about retries and fallbacks
                .maxRetries(0)
                .build();
        AnthropicStreamingChatModel streaming = AnthropicStreamingChatModel.builder()
                .httpClientBuilder(VirtualThreadHttp.builder())
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .modelName(config.model())
                .maxTokens(config.maxTokens())
                .temperature(temperature)
                .timeout(config.timeout())
                .build();
        FailureMapper failures = new FailureMapper(name(), SecretRedactor.of(List.of(config.apiKey())));
        return new LangChain4jModelProvider(new Backend(config.model(), chat, streaming, config.timeout(), failures));
    }

    @Override
    public String description() {
        return "Anthropic Claude models (Messages API) through LangChain4j.";
    }
}
