package dev.aegis.plugin.openai;

import dev.aegis.api.PluginContext;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.model.ModelProviderFactory;

/**
 * The {@code openai} provider type: any OpenAI-compatible API (OpenAI, Azure OpenAI, vLLM, Ollama,
 * Groq, Mistral, Together…) reached through its {@code base-url}.
 */
public final class OpenAiProviderFactory implements ModelProviderFactory<OpenAiConfig> {

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public Class<OpenAiConfig> configType() {
        return OpenAiConfig.class;
    }

    /** Each instance owns its HTTP client and connection pool; the kernel closes it at shutdown. */
    @Override
    public ModelProvider create(OpenAiConfig config, PluginContext context) {
        return new OpenAiModelProvider(config, new UpstreamClient(config));
    }

    @Override
    public String description() {
        return "An OpenAI-compatible chat and embeddings API: OpenAI, Azure OpenAI, vLLM, Ollama, Groq, Mistral, Together…";
    }
}
