package dev.aegis.plugin.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.PluginFactory;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class MockProviderPluginTest {

    @Test
    void theServiceFileDeclaresTheMockProvider() {
        assertThat(ServiceLoader.load(AegisPlugin.class).stream().map(ServiceLoader.Provider::get))
                .singleElement()
                .satisfies(plugin -> assertThat(plugin.modelProviders()).extracting(PluginFactory::name).containsExactly("mock"));
    }
}
