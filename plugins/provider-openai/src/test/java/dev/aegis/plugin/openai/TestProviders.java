package dev.aegis.plugin.openai;

import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.testkit.FakePluginContext;
import java.util.ArrayList;
import java.util.List;

/** Creates providers the way the kernel does, from YAML, and closes them after the test. */
final class TestProviders implements AutoCloseable {

    static final String KEY = "sk-test-0123456789abcdef";

    private final List<AutoCloseable> created = new ArrayList<>();

    /** @param yaml the provider's config; {@code env:OPENAI_API_KEY} resolves to {@link #KEY} */
    OpenAiModelProvider create(String yaml) {
        OpenAiConfig config = ConfigBinding.bindYaml(OpenAiConfig.class, yaml,
                reference -> reference.equals("env:OPENAI_API_KEY") ? Secret.of(KEY) : Secret.of("other"));
        OpenAiModelProvider provider = (OpenAiModelProvider) new OpenAiProviderFactory().create(config, FakePluginContext.create());
        created.add(provider);
        return provider;
    }

    /** A provider of {@code server} with a key and the default model {@code gpt-test}. */
    OpenAiModelProvider of(FakeOpenAi server) {
        return create("""
                base-url: %s
                api-key: {secret: "env:OPENAI_API_KEY"}
                model: gpt-test
                idle-timeout: 5s
                """.formatted(server.baseUrl()));
    }

    /** An embedder of {@code server} with a key, the default model {@code embed-test} and 3 dimensions. */
    OpenAiEmbeddingProvider embedderOf(FakeOpenAi server) {
        return embedder("""
                base-url: %s
                api-key: {secret: "env:OPENAI_API_KEY"}
                model: embed-test
                dimensions: 3
                idle-timeout: 5s
                """.formatted(server.baseUrl()));
    }

    /** @param yaml the embedder's config; {@code env:OPENAI_API_KEY} resolves to {@link #KEY} */
    OpenAiEmbeddingProvider embedder(String yaml) {
        OpenAiEmbeddingConfig config = ConfigBinding.bindYaml(OpenAiEmbeddingConfig.class, yaml, reference -> Secret.of(KEY));
        OpenAiEmbeddingProvider embedder = (OpenAiEmbeddingProvider) new OpenAiEmbeddingProviderFactory().create(config, FakePluginContext.create());
        created.add(embedder);
        return embedder;
    }

    @Override
    public void close() {
        for (AutoCloseable closeable : created) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
