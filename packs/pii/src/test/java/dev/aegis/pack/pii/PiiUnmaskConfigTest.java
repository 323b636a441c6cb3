package dev.aegis.pack.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegis.api.NoConfig;
import dev.aegis.kernel.config.ConfigBinding;
import dev.aegis.kernel.config.ConfigException;
import org.junit.jupiter.api.Test;

class PiiUnmaskConfigTest {

    @Test
    void takesNoConfiguration() {
        assertThat(new PiiUnmaskFactory().configType()).isEqualTo(NoConfig.class);
        assertThat(ConfigBinding.bindYaml(NoConfig.class, "")).isEqualTo(new NoConfig());
    }

    @Test
    void anyKeyIsRejected() {
        assertThatThrownBy(() -> ConfigBinding.bindYaml(NoConfig.class, "window: 64")).isInstanceOf(ConfigException.class);
    }
}
