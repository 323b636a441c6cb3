package dev.aegis.pack.residency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResidencyConfigTest {

    @Test
    void defaultsHaveNoPoliciesTreatUnlabelledRunsAsInternalAndPreferTheSameRegion() {
        ResidencyConfig config = ConfigBinding.bindYaml(ResidencyConfig.class, "");

        assertThat(config.policies()).isEmpty();
        assertThat(config.unlabelledLevel()).isEqualTo(Level.INTERNAL);
        assertThat(config.defaultRegion()).isEmpty();
        assertThat(config.allowRegionLabel()).isFalse();
        assertThat(config.regionAliases()).isEmpty();
        assertThat(config.preferSameRegion()).isTrue();
    }

    @Test
    void bindsEveryKey() {
        ResidencyConfig config = ConfigBinding.bindYaml(ResidencyConfig.class, """
                policies:
                  restricted: {same-region: true, require-tags: [zero-retention]}
                  confidential: {regions: [eu, us], require-tags: [gdpr]}
                  public: {}
                unlabelled-level: confidential
                default-region: eu
                allow-region-label: true
                region-aliases: {eu-west-1: eu, us-east-1: us}
                prefer-same-region: false
                """);

        assertThat(config.policies()).containsOnly(
                Map.entry(Level.RESTRICTED, new ResidencyConfig.Policy(true, List.of(), List.of("zero-retention"))),
                Map.entry(Level.CONFIDENTIAL, new ResidencyConfig.Policy(false, List.of("eu", "us"), List.of("gdpr"))),
                Map.entry(Level.PUBLIC, ResidencyConfig.Policy.NONE));
        assertThat(config.unlabelledLevel()).isEqualTo(Level.CONFIDENTIAL);
        assertThat(config.defaultRegion()).isEqualTo(Optional.of("eu"));
        assertThat(config.allowRegionLabel()).isTrue();
        assertThat(config.regionAliases()).containsOnly(Map.entry("eu-west-1", "eu"), Map.entry("us-east-1", "us"));
        assertThat(config.preferSameRegion()).isFalse();
    }

    @Test
    void policiesAreKeyedByTheFourLevels() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ResidencyConfig.class, "policies: {secret: {same-region: true}}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.path()).startsWith("policies");
                    assertThat(error.message()).contains("secret");
                }));
    }

    @Test
    void unknownKeysOfAPolicyAreRejected() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ResidencyConfig.class, "policies: {restricted: {same-regions: true, tags: [a]}}"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactlyInAnyOrder("policies.restricted.same-regions", "policies.restricted.tags"));
    }

    @Test
    void blankRegionsTagsAndAliasesAreRejected() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ResidencyConfig.class, """
                policies: {restricted: {regions: [' '], require-tags: ['']}}
                default-region: ' '
                region-aliases: {eu-west-1: ''}
                """))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .hasSize(4)
                        .contains("policies.restricted.regions[0]", "policies.restricted.require-tags[0]", "default-region")
                        .anySatisfy(path -> assertThat(path).startsWith("region-aliases").contains("eu-west-1")));
    }
}
