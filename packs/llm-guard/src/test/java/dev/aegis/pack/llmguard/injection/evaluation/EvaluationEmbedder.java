package dev.aegis.pack.llmguard.injection.evaluation;

import dev.aegis.api.AegisPlugin;
import dev.aegis.api.vector.EmbeddingProvider;
import dev.aegis.api.vector.EmbeddingProviderFactory;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.testkit.FakeEmbeddingProvider;
import dev.aegis.testkit.FakePluginContext;
import java.util.ServiceLoader;

/**
 * The embedder the evaluation measures the embedding layer with: the in-process MiniLM embedder
 * (type {@code local}) when it is on the test class path, otherwise the testkit's hashed
 * bag-of-words fake, which measures the plumbing rather than a sentence encoder. The table's title
 * names which one ran.
 */
public final class EvaluationEmbedder {

    private static final String LOCAL = "local";

    private EvaluationEmbedder() {}

    public static EmbeddingProvider load() {
        for (AegisPlugin plugin : ServiceLoader.load(AegisPlugin.class)) {
            for (EmbeddingProviderFactory<?> factory : plugin.embeddingProviders()) {
                if (factory.name().equals(LOCAL)) {
                    return create(factory);
                }
            }
        }
        return new FakeEmbeddingProvider(384);
    }

    private static <C extends Record> EmbeddingProvider create(EmbeddingProviderFactory<C> factory) {
        return factory.create(ConfigBinding.bindYaml(factory.configType(), ""), FakePluginContext.named("minilm"));
    }
}
