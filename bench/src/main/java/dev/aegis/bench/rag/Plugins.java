package dev.aegis.bench.rag;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.PluginContext;
import dev.aegis.api.PluginFactory;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.VectorStoreProvider;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.testkit.FakeEmbeddingProvider;
import dev.aegis.testkit.FakePluginContext;
import dev.aegis.testkit.InMemoryVectorStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The embedder and the store a benchmark runs with, by type as in {@code aegis.yaml}: any factory on the
 * class path found through {@link AegisPlugin} and created from its config (YAML text, or {@code @file}),
 * or the testkit's {@code fake} embedder and {@code memory} store, which need no plugin.
 */
final class Plugins {

    private Plugins() {}

    static EmbeddingProvider embedder(String type, String config, Path dataDirectory) {
        if (type.equals("fake")) {
            return new FakeEmbeddingProvider(config.isBlank() ? 384 : Integer.parseInt(config.strip()));
        }
        return create(type, config, dataDirectory, AegisPlugin::embeddingProviders);
    }

    static VectorStoreProvider store(String type, String config, Path dataDirectory) {
        if (type.equals("memory")) {
            return new InMemoryVectorStore();
        }
        return create(type, config, dataDirectory, AegisPlugin::vectorStores);
    }

    private static <T> T create(String type, String config, Path dataDirectory,
            Function<AegisPlugin, List<? extends PluginFactory<?, T>>> kind) {
        List<String> known = new ArrayList<>();
        for (AegisPlugin plugin : ServiceLoader.load(AegisPlugin.class)) {
            for (PluginFactory<?, T> factory : kind.apply(plugin)) {
                known.add(factory.name());
                if (factory.name().equals(type)) {
                    PluginContext context = FakePluginContext.named("bench-" + type).withDataDirectory(dataDirectory);
                    return createWith(factory, yaml(config), context);
                }
            }
        }
        throw new IllegalArgumentException("no factory of type '" + type + "' on the class path; found " + known);
    }

    private static <C extends Record, T> T createWith(PluginFactory<C, T> factory, String yaml, PluginContext context) {
        return factory.create(ConfigBinding.bindYaml(factory.configType(), yaml), context);
    }

    private static String yaml(String config) {
        if (!config.startsWith("@")) {
            return config.isBlank() ? "{}" : config;
        }
        try {
            return Files.readString(Path.of(config.substring(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
