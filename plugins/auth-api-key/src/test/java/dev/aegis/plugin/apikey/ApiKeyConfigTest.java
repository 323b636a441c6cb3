package dev.aegis.plugin.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyConfigTest {

    private static final String HASH_A = "sha256:" + "a".repeat(64);
    private static final String HASH_B = "sha256:" + "b".repeat(64);

    @Test
    void defaultsAcceptBearerTokensAndTheXApiKeyHeaderAndLeaveTeamRolesAndAttributesEmpty() {
        ApiKeyConfig config = ConfigBinding.bindYaml(ApiKeyConfig.class, "keys: [{hash: '" + HASH_A + "', principal: alice}]");

        assertThat(config.header()).containsExactly("authorization", "x-api-key");
        assertThat(config.keys()).containsExactly(new ApiKeyConfig.Key(HASH_A, "alice", "", Set.of(), Map.of()));
    }

    @Test
    void bindsEveryKey() {
        ApiKeyConfig config = ConfigBinding.bindYaml(ApiKeyConfig.class, """
                keys:
                  - hash: 'SHA256:%s'
                    principal: alice
                    team: payments
                    roles: [approver, admin]
                    attributes: {region: eu, tier: gold}
                  - {hash: '%s', principal: ci-bot}
                header: [X-Gateway-Key, authorization]
                """.formatted("A".repeat(64), HASH_B));

        assertThat(config.keys()).containsExactly(
                new ApiKeyConfig.Key(HASH_A, "alice", "payments", Set.of("approver", "admin"), Map.of("region", "eu", "tier", "gold")),
                new ApiKeyConfig.Key(HASH_B, "ci-bot", "", Set.of(), Map.of()));
        assertThat(config.header()).containsExactly("x-gateway-key", "authorization");
    }

    @Test
    void aMalformedHashIsRefusedByItsPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ApiKeyConfig.class, """
                keys:
                  - {hash: '%s', principal: alice}
                  - {hash: 'sk-live-1234', principal: bob}
                  - {hash: 'sha256:%s', principal: carol}
                """.formatted(HASH_A, "a".repeat(63))))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.errors()).extracting(ConfigError::path).containsExactlyInAnyOrder("keys[1].hash", "keys[2].hash");
                    assertThat(e.getMessage()).contains("sha256sum").doesNotContain("sk-live-1234");
                });
    }

    @Test
    void aBlankOrMissingPrincipalIsRefusedByItsPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ApiKeyConfig.class, """
                keys:
                  - {hash: '%s', principal: ' '}
                  - {hash: '%s'}
                """.formatted(HASH_A, HASH_B)))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactlyInAnyOrder("keys[0].principal", "keys[1].principal"));
    }

    @Test
    void theSameHashTwiceIsRefusedNamingBothIndexes() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ApiKeyConfig.class, """
                keys:
                  - {hash: '%s', principal: alice}
                  - {hash: '%s', principal: bob}
                  - {hash: '%s', principal: mallory}
                """.formatted(HASH_A, HASH_B, HASH_A.toUpperCase(java.util.Locale.ROOT).replace("SHA256", "sha256"))))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.path()).isEqualTo("keys[2].hash");
                    assertThat(error.message()).contains("keys[0]");
                }));
    }

    @Test
    void atLeastOneKeyIsNeeded() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ApiKeyConfig.class, ""))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path).containsExactly("keys"));
    }

    @Test
    void headerNamesMustBeHeaderNames() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ApiKeyConfig.class,
                "keys: [{hash: '" + HASH_A + "', principal: alice}]\nheader: ['x api key']"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .singleElement().asString().startsWith("header"));
    }

    @Test
    void unknownKeysAreRejectedByPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ApiKeyConfig.class, "keys: [{hash: '" + HASH_A + "', principal: alice, role: admin}]"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .isEqualTo(List.of("keys[0].role")));
    }
}
