package dev.aegis.plugin.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.PluginFactory;
import dev.aegis.api.model.ChatRequest;
import dev.aegis.api.model.EmbeddingRequest;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.state.Message;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.discovery.PluginKind;
import dev.aegis.kernel.discovery.PluginRegistry;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.PackagedPlugin;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged plugin directory (the zip the release unpacks into plugins/) dropped into a plugin
 * directory, loaded in its own class loader with its own Helidon and Jackson, while the host's class
 * path holds another copy of both, as in the server.
 */
class PluginDirectoryIT {

    @TempDir
    Path plugins;

    @Test
    void thePackagedPluginWorksFromAPluginDirectoryNextToTheHostsOwnHelidon() throws Exception {
        Path unit = PackagedPlugin.unpackInto(plugins);
        assertThat(unit.getFileName()).hasToString("provider-openai");

        PluginFactory<?, ?> factory = PluginRegistry.discover(new HostWithoutThisPlugin(getClass().getClassLoader()), Optional.of(plugins))
                .find(PluginKind.MODEL_PROVIDER, "openai").orElseThrow().factory();
        assertThat(factory.getClass().getClassLoader()).as("isolated").isNotSameAs(OpenAiProviderFactory.class.getClassLoader());

        try (FakeOpenAi upstream = FakeOpenAi.start()) {
            ModelProvider provider = create(factory, "base-url: " + upstream.baseUrl());
            try {
                ChatRequest hello = ChatRequest.of("gpt-4o", List.of(Message.user("hi")));
                assertThat(provider.complete(hello).message().content()).isEqualTo("Hello!");
                assertThat(StreamingTest.drain(provider.stream(hello))).hasSize(4);
            } finally {
                ((AutoCloseable) provider).close();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static ModelProvider create(PluginFactory<?, ?> factory, String yaml) {
        PluginFactory<Record, ModelProvider> typed = (PluginFactory<Record, ModelProvider>) factory;
        return typed.create(ConfigBinding.bindYaml(typed.configType(), yaml), FakePluginContext.create());
    }

    /** The test class path minus this plugin's own service file, so only the directory's copy is found. */
    private static final class HostWithoutThisPlugin extends ClassLoader {

        HostWithoutThisPlugin(ClassLoader host) {
            super("host-without-openai", host);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> kept = Collections.list(super.getResources(name)).stream()
                    .filter(url -> !url.toString().contains("provider-openai"))
                    .toList();
            return Collections.enumeration(kept);
        }
    }
}
