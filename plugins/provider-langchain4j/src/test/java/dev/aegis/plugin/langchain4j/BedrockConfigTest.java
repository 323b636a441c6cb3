package dev.aegis.plugin.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.model.ModelProvider;
import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import dev.aegis.testkit.FakePluginContext;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class BedrockConfigTest {

    @Test
    void defaultsUseTheAwsChains() {
        BedrockConfig config = ConfigBinding.bindYaml(BedrockConfig.class, "model: anthropic.claude-3-5-haiku-20241022-v1:0");

        assertThat(config).isEqualTo(new BedrockConfig("anthropic.claude-3-5-haiku-20241022-v1:0", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Duration.ofSeconds(60), Optional.empty(), Optional.empty()));
        assertThat(config.hasStaticCredentials()).isFalse();
    }

    @Test
    void mapsEveryKey() {
        BedrockConfig config = ConfigBinding.bindYaml(BedrockConfig.class, """
                model: amazon.nova-lite-v1:0
                region: eu-central-1
                access-key-id: {secret: "env:AWS_ACCESS_KEY_ID"}
                secret-access-key: {secret: "env:AWS_SECRET_ACCESS_KEY"}
                base-url: https://bedrock-runtime.vpce.internal
                timeout: 45s
                max-tokens: 1000
                temperature: 0.7
                """, TestProviders.SECRETS);

        assertThat(config).isEqualTo(new BedrockConfig("amazon.nova-lite-v1:0", Optional.of("eu-central-1"), Optional.of(Secret.of("AKIATEST")),
                Optional.of(Secret.of("aws-secret-test")), Optional.empty(), Optional.of("https://bedrock-runtime.vpce.internal"),
                Duration.ofSeconds(45), Optional.of(1000), Optional.of(0.7)));
        assertThat(config.hasStaticCredentials()).isTrue();
    }

    @Test
    void aMalformedRegionIsRefusedByPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BedrockConfig.class, "{model: m, region: Frankfurt}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("region"));
    }

    @Test
    void anAccessKeyIdNeedsItsSecretAccessKey() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(BedrockConfig.class,
                "{model: m, access-key-id: {secret: 'env:AWS_ACCESS_KEY_ID'}}", TestProviders.SECRETS))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("access-key-id and secret-access-key go together");
    }

    @Test
    void theConfiguredRegionWinsOverTheAwsChain() {
        assertThat(BedrockClients.region(ConfigBinding.bindYaml(BedrockConfig.class, "{model: m, region: ap-southeast-2}")))
                .isEqualTo(Region.AP_SOUTHEAST_2);
    }

    @Test
    void aProviderIsCreatedFromStaticCredentialsWithoutContactingAws() {
        BedrockConfig config = ConfigBinding.bindYaml(BedrockConfig.class, """
                {model: m, region: us-west-2, access-key-id: {secret: "env:AWS_ACCESS_KEY_ID"},
                 secret-access-key: {secret: "env:AWS_SECRET_ACCESS_KEY"}}
                """, TestProviders.SECRETS);

        ModelProvider provider = new BedrockProviderFactory().create(config, FakePluginContext.create());

        assertThat(provider).isNotNull();
    }
}
