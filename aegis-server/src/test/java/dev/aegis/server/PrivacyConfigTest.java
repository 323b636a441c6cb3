package dev.aegis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegis.kernel.config.ConfigBinding;
import org.junit.jupiter.api.Test;

class PrivacyConfigTest {

    @Test
    void byDefaultEndUserIdsAreHashedWithAKeyOfTheProcess() {
        PrivacyConfig defaults = ConfigBinding.bindYaml(PrivacyConfig.class, "{}");

        assertThat(defaults).isEqualTo(PrivacyConfig.DEFAULTS);
        assertThat(defaults.userIdKey()).isEmpty();
    }
}
