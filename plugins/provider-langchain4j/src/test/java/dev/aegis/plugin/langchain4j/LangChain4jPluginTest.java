package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.PluginFactory;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class LangChain4jPluginTest {

    @Test
    void theServiceFileOffersTheFourProvidersByName() {
        assertThat(ServiceLoader.load(AegisPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(LangChain4jPlugin.class::isInstance)
                .flatMap(plugin -> plugin.modelProviders().stream())
                .map(PluginFactory::name))
                .containsExactly("anthropic", "gemini", "ollama", "bedrock");
    }
}
