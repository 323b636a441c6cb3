package dev.aegis.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.NoConfig;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigException;
import org.junit.jupiter.api.Test;

/** The env provider takes no configuration: nothing binds, anything else is refused. */
class EnvSecretConfigTest {

    @Test
    void anEmptyConfigBinds() {
        assertThat(ConfigBinding.bindYaml(new EnvSecretProviderFactory().configType(), "")).isEqualTo(new NoConfig());
    }

    @Test
    void anyKeyIsRefusedByPath() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(NoConfig.class, "prefix: AEGIS_"))
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.path()).isEqualTo("prefix")));
    }
}
