package dev.aegis.kernel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.secret.Secret;
import dev.aegis.kernel.plan.Durability;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigBindingTest {

    record Inner(@Min(1) Integer size) {}

    record Sample(@NotBlank String baseUrl, Duration idleTimeout, Durability mode, List<Inner> items, Map<String, Inner> byName, Secret apiKey) {}

    @Test
    void bindsKebabCaseKeysDurationsEnumsAndSecrets() {
        Sample sample = ConfigBinding.bindYaml(Sample.class, """
                base-url: http://localhost:1234
                idle-timeout: 250ms
                mode: pause-and-end
                items: [{size: 2}]
                by-name: {a: {size: 3}}
                api-key: {secret: "x:y"}
                """, reference -> Secret.of("resolved-" + reference));

        assertThat(sample.baseUrl()).isEqualTo("http://localhost:1234");
        assertThat(sample.idleTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(sample.mode()).isEqualTo(Durability.PAUSE_AND_END);
        assertThat(sample.items()).containsExactly(new Inner(2));
        assertThat(sample.byName()).containsEntry("a", new Inner(3));
        assertThat(sample.apiKey().reveal()).isEqualTo("resolved-x:y");
        assertThat(sample.apiKey()).hasToString("******");
    }

    @Test
    void reportsEveryUnknownKeyAtItsPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(Sample.class, """
                base-url: x
                baseUrl: y
                items: [{size: 1}, {sise: 2}]
                by-name: {a: {colour: red}}
                """))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::path)
                        .containsExactly("baseUrl", "items[1].sise", "by-name.a.colour"));
    }

    @Test
    void reportsValidationFailuresWithNestedPaths() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(Sample.class, "items: [{size: 0}]\nby-name: {b: {size: -1}}\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).extracting(ConfigError::toString)
                        .containsExactlyInAnyOrder(
                                "base-url: must not be blank",
                                "items[0].size: must be greater than or equal to 1",
                                "by-name.b.size: must be greater than or equal to 1"));
    }

    @Test
    void reportsValuesOfTheWrongShape() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(Sample.class, "base-url: x\nidle-timeout: 30\nmode: sometimes\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.path()).isEqualTo("idle-timeout")));
        assertThatThrownBy(() -> ConfigBinding.bindYaml(Sample.class, "base-url: x\nmode: sometimes\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).singleElement()
                        .hasToString("mode: cannot read 'sometimes' as one of [none, pause-and-end, every-step]"));
    }

    @Test
    void aLiteralSecretIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(Sample.class, "base-url: x\napi-key: sk-live-123\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.errors()).extracting(ConfigError::path).containsExactly("api-key");
                    assertThat(e.getMessage()).doesNotContain("sk-live-123");
                });
    }

    @Test
    void invalidYamlSaysWhere() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(Sample.class, "base-url: [unclosed\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid YAML (line");
    }
}
