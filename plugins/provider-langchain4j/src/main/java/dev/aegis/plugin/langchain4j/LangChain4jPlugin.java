package dev.aegis.plugin.langchain4j;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.model.ModelProviderFactory;
import java.util.List;

/** The plugin's entry point: the four vendors LangChain4j reaches for us. */
public final class LangChain4jPlugin implements AegisPlugin {

    @Override
    public List<ModelProviderFactory<?>> modelProviders() {
        return List.of(new AnthropicProviderFactory(), new GeminiProviderFactory(), new OllamaProviderFactory(), new BedrockProviderFactory());
    }
}
