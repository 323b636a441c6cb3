package dev.aegis.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.NoConfig;
import dev.aegis.api.PluginFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The promises of {@link PluginFactory}: a kebab-case name, a record configuration named
 * {@code XxxConfig} (or {@link NoConfig}), a description, and discovery through
 * {@link ServiceLoader} like the kernel does it.
 */
public abstract class PluginFactoryContractTest {

    private static final String KEBAB_CASE = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    /** The factory under test; called once per test. */
    protected abstract PluginFactory<?, ?> factory();

    @Test
    void nameIsKebabCase() {
        assertThat(factory().name()).matches(KEBAB_CASE);
    }

    @Test
    void configTypeIsARecord() {
        Class<?> type = factory().configType();

        assertThat(type).isNotNull();
        assertThat(type.isRecord()).as("%s is a record", type.getName()).isTrue();
    }

    @Test
    void configTypeIsNamedLikeAConfig() {
        Class<?> type = factory().configType();

        assertThat(type == NoConfig.class || type.getSimpleName().endsWith("Config")).as("%s is NoConfig or named XxxConfig", type.getName()).isTrue();
    }

    @Test
    void descriptionIsNotNull() {
        assertThat(factory().description()).isNotNull();
    }

    @Test
    void isDiscoveredThroughServiceLoader() {
        PluginFactory<?, ?> factory = factory();

        assertThat(discovered())
                .as("factories found through META-INF/services/dev.aegis.api.AegisPlugin or a per-kind service file")
                .anySatisfy(found -> {
                    assertThat(found.getClass()).isEqualTo(factory.getClass());
                    assertThat(found.name()).isEqualTo(factory.name());
                });
    }

    private List<PluginFactory<?, ?>> discovered() {
        ClassLoader loader = factory().getClass().getClassLoader();
        List<PluginFactory<?, ?>> found = new ArrayList<>();
        for (AegisPlugin plugin : ServiceLoader.load(AegisPlugin.class, loader)) {
            Stream.of(plugin.modelProviders(), plugin.guardrails(), plugin.pipelineNodes(), plugin.secretProviders(),
                            plugin.authenticators(), plugin.telemetryExporters(), plugin.embeddingProviders(),
                            plugin.vectorStores(), plugin.hooks())
                    .flatMap(List::stream)
                    .forEach(found::add);
        }
        for (Class<?> kind : factory().getClass().getInterfaces()) {
            if (PluginFactory.class.isAssignableFrom(kind) && kind != PluginFactory.class) {
                ServiceLoader.load(kind, loader).forEach(service -> found.add((PluginFactory<?, ?>) service));
            }
        }
        return found;
    }
}
