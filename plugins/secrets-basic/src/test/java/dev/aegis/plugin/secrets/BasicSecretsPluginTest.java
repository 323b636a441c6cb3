package dev.aegis.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.PluginFactory;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class BasicSecretsPluginTest {

    @Test
    void theServiceFileDeclaresTheEnvAndFileSchemes() {
        assertThat(ServiceLoader.load(AegisPlugin.class).stream().map(ServiceLoader.Provider::get))
                .singleElement()
                .satisfies(plugin -> assertThat(plugin.secretProviders()).extracting(PluginFactory::name).containsExactly("env", "file"));
    }
}
