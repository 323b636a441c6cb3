package dev.aegis.pack.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigError;
import dev.aegis.kernel.config.ConfigException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassifyConfigTest {

    @Test
    void defaultsLabelEveryRequestInternalWithNoRules() {
        ClassifyConfig config = ConfigBinding.bindYaml(ClassifyConfig.class, "");

        assertThat(config.defaultLevel()).isEqualTo(Level.INTERNAL);
        assertThat(config.rules()).isEmpty();
    }

    @Test
    void aRuleStatingOneConditionLeavesTheOthersEmpty() {
        ClassifyConfig config = ConfigBinding.bindYaml(ClassifyConfig.class, "rules: [{name: r, level: public, when: {keywords: [x]}}]");

        assertThat(config.rules()).singleElement().satisfies(rule -> assertThat(rule.when()).isEqualTo(
                new ClassifyConfig.When(List.of(), false, List.of("x"), List.of(), Optional.empty(), Map.of())));
    }

    @Test
    void bindsEveryKey() {
        ClassifyConfig config = ConfigBinding.bindYaml(ClassifyConfig.class, """
                default-level: public
                rules:
                  - name: cards
                    level: restricted
                    when: {pii: [CARD, IBAN], any-pii: true, keywords: [salary], patterns: ['\\bACC-\\d+'], label: {sensitivity: high}}
                  - name: hr
                    level: confidential
                    when:
                      principal: {teams: [hr], roles: [manager], attributes: {region: eu}}
                """);

        assertThat(config.defaultLevel()).isEqualTo(Level.PUBLIC);
        assertThat(config.rules()).containsExactly(
                new ClassifyConfig.Rule("cards", Level.RESTRICTED, new ClassifyConfig.When(
                        List.of("CARD", "IBAN"), true, List.of("salary"), List.of("\\bACC-\\d+"), Optional.empty(), Map.of("sensitivity", "high"))),
                new ClassifyConfig.Rule("hr", Level.CONFIDENTIAL, new ClassifyConfig.When(
                        List.of(), false, List.of(), List.of(),
                        Optional.of(new ClassifyConfig.PrincipalMatch(List.of("hr"), List.of("manager"), Map.of("region", "eu"))), Map.of())));
    }

    @Test
    void everyRuleNeedsANameALevelAndConditions() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ClassifyConfig.class, "rules: [{level: public}]"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactlyInAnyOrder("rules[0].name", "rules[0].when"));
    }

    @Test
    void levelsAreTheFourKnownOnes() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ClassifyConfig.class, "default-level: secret"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.path()).isEqualTo("default-level");
                    assertThat(error.message()).contains("public", "internal", "confidential", "restricted");
                }));
    }

    @Test
    void unknownKeysAreRejected() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(ClassifyConfig.class,
                "rules: [{name: r, level: public, when: {keyword: [x], principal: {team: [a]}}}]"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactlyInAnyOrder("rules[0].when.keyword", "rules[0].when.principal.team"));
    }
}
