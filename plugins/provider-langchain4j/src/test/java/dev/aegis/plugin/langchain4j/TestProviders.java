package dev.aegis.plugin.langchain4j;

import dev.aegis.api.AegisException;
import dev.aegis.api.model.ChatChunk;
import dev.aegis.api.model.ChatStream;
import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.SecretResolver;
import dev.aegis.testkit.FakePluginContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Providers bound from YAML exactly as {@code aegis.yaml} would configure them, pointed at a fake upstream. */
final class TestProviders {

    static final String ANTHROPIC_KEY = "sk-ant-test-0123456789abcdef";
    static final String GEMINI_KEY = "AIza-test-0123456789abcdef";

    static final SecretResolver SECRETS = reference -> {
        String value = Map.of("env:ANTHROPIC_API_KEY", ANTHROPIC_KEY, "env:GEMINI_API_KEY", GEMINI_KEY,
                "env:AWS_ACCESS_KEY_ID", "AKIATEST", "env:AWS_SECRET_ACCESS_KEY", "aws-secret-test").get(reference);
        if (value == null) {
            throw new AegisException("secret_unresolved", "no test secret " + reference);
        }
        return Secret.of(value);
    };

    private TestProviders() {}

    static ModelProvider anthropic(FakeUpstream upstream, String timeout) {
        String yaml = """
                model: claude-test
                api-key: {secret: "env:ANTHROPIC_API_KEY"}
                base-url: %s/v1
                timeout: %s
                """.formatted(upstream.baseUrl(), timeout);
        return new AnthropicProviderFactory().create(ConfigBinding.bindYaml(AnthropicConfig.class, yaml, SECRETS), FakePluginContext.create());
    }

    static ModelProvider anthropic(FakeUpstream upstream) {
        return anthropic(upstream, "5s");
    }

    static ModelProvider ollama(FakeUpstream upstream) {
        String yaml = "{model: llama-test, base-url: '%s', timeout: 5s}".formatted(upstream.baseUrl());
        return new OllamaProviderFactory().create(ConfigBinding.bindYaml(OllamaConfig.class, yaml), FakePluginContext.create());
    }

    static ModelProvider gemini(FakeUpstream upstream) {
        String yaml = """
                model: gemini-test
                api-key: {secret: "env:GEMINI_API_KEY"}
                base-url: %s/v1beta
                timeout: 5s
                """.formatted(upstream.baseUrl());
        return new GeminiProviderFactory().create(ConfigBinding.bindYaml(GeminiConfig.class, yaml, SECRETS), FakePluginContext.create());
    }

    static List<ChatChunk> drain(ChatStream stream) {
        List<ChatChunk> chunks = new ArrayList<>();
        for (Optional<ChatChunk> next = stream.next(); next.isPresent(); next = stream.next()) {
            chunks.add(next.get());
        }
        return chunks;
    }

    static String text(List<ChatChunk> chunks) {
        return chunks.stream().map(ChatChunk::content).reduce("", String::concat);
    }
}
