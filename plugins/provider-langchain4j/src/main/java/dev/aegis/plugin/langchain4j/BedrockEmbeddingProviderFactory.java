package dev.aegis.plugin.langchain4j;

import dev.aegis.api.PluginContext;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.EmbeddingProviderFactory;
import dev.langchain4j.model.bedrock.BedrockTitanEmbeddingModel;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/** The {@code bedrock} embedder: Amazon Titan text embeddings on Bedrock. */
public final class BedrockEmbeddingProviderFactory implements EmbeddingProviderFactory<BedrockEmbeddingConfig> {

    @Override
    public String name() {
        return "bedrock";
    }

    @Override
    public Class<BedrockEmbeddingConfig> configType() {
        return BedrockEmbeddingConfig.class;
    }

    @Override
    public EmbeddingProvider create(BedrockEmbeddingConfig config, PluginContext context) {
        return create(config, BedrockClients.sync(config.connection()));
    }

    /** With a given client: tests hand in a fake, since no AWS endpoint is reachable from the build. */
    static LangChain4jEmbeddingProvider create(BedrockEmbeddingConfig config, BedrockRuntimeClient client) {
        EmbeddingModels models = new EmbeddingModels(Optional.of(config.model()), model -> BedrockTitanEmbeddingModel.builder()
                .client(client)
                .model(model)
                // v2 shortens its vectors on request (256, 512); v1 takes no size
                .dimensions(model.startsWith("amazon.titan-embed-text-v2") ? config.dimensions() : null)
                .maxRetries(0)
                .build());
        FailureMapper failures = new FailureMapper("bedrock", SecretRedactor.of(List.of(config.accessKeyId(), config.secretAccessKey(), config.sessionToken())));
        return new LangChain4jEmbeddingProvider(models, config.model(), config.dimensions(), failures, client::close);
    }

    @Override
    public String description() {
        return "Amazon Titan text embeddings on Bedrock through LangChain4j.";
    }
}
