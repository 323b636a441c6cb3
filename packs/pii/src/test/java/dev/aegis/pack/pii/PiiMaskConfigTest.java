package dev.aegis.pack.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.guard.ScanTarget;
import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PiiMaskConfigTest {

    @Test
    void defaultsMaskEveryEntityAboveHalfConfidenceInEveryLocaleOfWhatTheClientSends() {
        PiiMaskConfig config = ConfigBinding.bindYaml(PiiMaskConfig.class, "");

        assertThat(config.entities()).isEmpty();
        assertThat(EntityType.values()).allSatisfy(type -> assertThat(config.action(type)).isEqualTo(PiiMaskConfig.Action.MASK));
        assertThat(config.minConfidence()).isEqualTo(0.5);
        assertThat(config.allowList()).isEmpty();
        assertThat(config.locales()).isEqualTo(PiiMaskConfig.SUPPORTED_LOCALES);
        assertThat(config.hashKey()).isEmpty();
        assertThat(config.targets()).containsExactlyInAnyOrder(ScanTarget.PROMPT, ScanTarget.TOOL_RESULT, ScanTarget.TOOL_ARGUMENTS, ScanTarget.RAG_CHUNK);
    }

    @Test
    void bindsEveryKey() {
        PiiMaskConfig config = ConfigBinding.bindYaml(PiiMaskConfig.class, """
                entities: {email: redact, credit-card: block, person: hash, ip-address: allow, date-of-birth: mask}
                min-confidence: 0.8
                allow-list: [support@aegis.dev, Aegis]
                locales: [en, de]
                hash-key: {secret: "env:PII_HASH_KEY"}
                targets: [prompt, rag-chunk]
                """, reference -> Secret.of("key-for-" + reference));

        assertThat(config.entities()).isEqualTo(Map.of("email", PiiMaskConfig.Action.REDACT, "credit-card", PiiMaskConfig.Action.BLOCK,
                "person", PiiMaskConfig.Action.HASH, "ip-address", PiiMaskConfig.Action.ALLOW, "date-of-birth", PiiMaskConfig.Action.MASK));
        assertThat(config.action(EntityType.CREDIT_CARD)).isEqualTo(PiiMaskConfig.Action.BLOCK);
        assertThat(config.action(EntityType.PHONE)).isEqualTo(PiiMaskConfig.Action.MASK);
        assertThat(config.minConfidence()).isEqualTo(0.8);
        assertThat(config.allowList()).containsExactly("support@aegis.dev", "Aegis");
        assertThat(config.locales()).containsExactly("en", "de");
        assertThat(config.hashKey()).map(Secret::reveal).contains("key-for-env:PII_HASH_KEY");
        assertThat(config.targets()).isEqualTo(Set.of(ScanTarget.PROMPT, ScanTarget.RAG_CHUNK));
    }

    @Test
    void anUnknownEntityIsRejectedNamingTheKnownOnes() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(PiiMaskConfig.class, "entities: {e-mail: redact}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement().satisfies(error ->
                        assertThat(error.message()).contains("unknown entity 'e-mail'").contains("email", "credit-card", "person")));
    }

    @Test
    void anUnknownActionIsRejectedWithItsPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(PiiMaskConfig.class, "entities: {email: scramble}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactly("entities.email"));
    }

    @Test
    void anUnsupportedLocaleIsRejected() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(PiiMaskConfig.class, "locales: [en, tlh]"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.message()).contains("unsupported locale 'tlh'")));
    }

    @Test
    void minConfidenceMustLieBetweenZeroAndOne() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(PiiMaskConfig.class, "min-confidence: 1.5"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactly("min-confidence"));
    }

    @Test
    void theHashKeyMustBeASecretReferenceNeverALiteral() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(PiiMaskConfig.class, "hash-key: hunter2"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.errors()).extracting(ConfigError::path).containsExactly("hash-key");
                    assertThat(e.getMessage()).doesNotContain("hunter2");
                });
    }

    @Test
    void unknownKeysAreRejected() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(PiiMaskConfig.class, "entites: {email: redact}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .isEqualTo(List.of("entites")));
    }

    @Test
    void theConfigurationPrintsTheHashKeyRedacted() {
        PiiMaskConfig config = ConfigBinding.bindYaml(PiiMaskConfig.class, "hash-key: {secret: \"env:K\"}", reference -> Secret.of("s3cr3t-key"));

        assertThat(config.toString()).doesNotContain("s3cr3t-key");
    }
}
