package dev.aegis.plugin.langchain4j;

import dev.aegis.api.PluginContext;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ModelProviderFactory;
import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.bedrock.BedrockChatRequestParameters;
import dev.langchain4j.model.bedrock.BedrockStreamingChatModel;
import java.util.List;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/** {@code bedrock}: models on Amazon Bedrock through the Converse API (embeddings: {@link BedrockEmbeddingProviderFactory}). */
public final class BedrockProviderFactory implements ModelProviderFactory<BedrockConfig> {

    @Override
    public String name() {
        return "bedrock";
    }

    @Override
    public Class<BedrockConfig> configType() {
        return BedrockConfig.class;
    }

    @Override
    public ModelProvider create(BedrockConfig config, PluginContext context) {
        return create(config, BedrockClients.sync(config), BedrockClients.async(config));
    }

    /** With given clients: tests hand in fakes, since no AWS endpoint is reachable from the build. */
    static ModelProvider create(BedrockConfig config, BedrockRuntimeClient sync, BedrockRuntimeAsyncClient async) {
        BedrockChatRequestParameters defaults = BedrockChatRequestParameters.builder()
                .modelName(config.model())
                .maxOutputTokens(config.maxTokens().orElse(null))
                .temperature(config.temperature().orElse(null))
                .build();
        BedrockChatModel chat = BedrockChatModel.builder()
                .client(sync)
                .modelId(config.model())
                .defaultRequestParameters(defaults)
                .timeout(config.timeout())
                .maxRetries(0)
                .build();
        BedrockStreamingChatModel streaming = BedrockStreamingChatModel.builder()
                .client(async)
                .modelId(config.model())
                .defaultRequestParameters(defaults)
                .timeout(config.timeout())
                .build();
        FailureMapper failures = new FailureMapper("bedrock", SecretRedactor.of(List.of(config.accessKeyId(), config.secretAccessKey(), config.sessionToken())));
        return new LangChain4jModelProvider(new Backend(config.model(), chat, streaming, config.timeout(), failures));
    }

    @Override
    public String description() {
        return "Models on Amazon Bedrock (Converse API) through LangChain4j.";
    }
}
