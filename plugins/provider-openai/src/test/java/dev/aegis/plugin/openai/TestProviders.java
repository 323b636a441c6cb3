package dev.aegis.plugin.openai;

import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.testkit.FakePluginContext;
import java.util.ArrayList;
import java.util.List;

/** Creates providers the way the kernel does, from YAML, and closes them after the test. */
final class TestProviders implements AutoCloseable {

    static final String KEY = "sk-test-0123456789abcdef";

    private final List<OpenAiModelProvider> created = new ArrayList<>();

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

    @Override
    public void close() {
        created.forEach(OpenAiModelProvider::close);
    }
}
