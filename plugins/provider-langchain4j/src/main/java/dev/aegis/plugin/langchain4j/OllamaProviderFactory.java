package dev.aegis.plugin.langchain4j;

import dev.aegis.api.PluginContext;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ModelProviderFactory;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import java.util.List;

/** {@code ollama}: local models served by Ollama, through its native API. */
public final class OllamaProviderFactory implements ModelProviderFactory<OllamaConfig> {

    @Override
    public String name() {
        return "ollama";
    }

    @Override
    public Class<OllamaConfig> configType() {
        return OllamaConfig.class;
    }

    @Override
    public ModelProvider create(OllamaConfig config, PluginContext context) {
        String baseUrl = config.baseUrl();
        OllamaChatModel chat = OllamaChatModel.builder()
                .httpClientBuilder(VirtualThreadHttp.builder())
                .baseUrl(baseUrl)
                .modelName(config.model())
                .numPredict(config.maxTokens().orElse(null))
                .temperature(config.temperature().orElse(null))
                .timeout(config.timeout())
                .maxRetries(0)
                .build();
        OllamaStreamingChatModel streaming = OllamaStreamingChatModel.builder()
                .httpClientBuilder(VirtualThreadHttp.builder())
                .baseUrl(baseUrl)
                .modelName(config.model())
                .numPredict(config.maxTokens().orElse(null))
                .temperature(config.temperature().orElse(null))
                .timeout(config.timeout())
                .build();
        FailureMapper failures = new FailureMapper(name(), SecretRedactor.of(List.of()));
        return new LangChain4jModelProvider(new Backend(config.model(), chat, streaming, config.timeout(), failures));
    }

    @Override
    public String description() {
        return "Local models served by Ollama (/api/chat) through LangChain4j; embeddings: the ollama embedder.";
    }
}
